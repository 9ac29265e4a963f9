'use server';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { signInSchema, signUpSchema } from '@/lib/schemas/auth';
import { publicAction, type ActionResult } from '@/lib/server/action';
import { signUpCompany, verifyCredentials } from '@/lib/server/accounts';
import { signOut, startSession } from '@/lib/server/auth';
import { recordSignOut } from '@/lib/server/sign-out';
import { issueTicket } from '@/lib/server/tickets';

async function localePath(path: string) {
  const locale = await getLocale();
  return locale === 'ja' ? path : `/${locale}${path}`;
}

const signUp = publicAction(signUpSchema, async (input) => {
  const locale = (await getLocale()) === 'en' ? 'en' : 'ja';
  const claims = await signUpCompany({ ...input, locale });
  await startSession(claims);
  redirect(await localePath('/dashboard'));
});

export async function signUpAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await signUp(prev, formData)) as ActionResult;
}

/** Sign-in's result: like ActionResult, plus the pending second step when two-step sign-in is on. */
export type SignInResult = ActionResult & { mfaTicket?: string };

export async function signInAction(_prev: unknown, formData: FormData): Promise<SignInResult> {
  const values = { email: String(formData.get('email') ?? '').slice(0, 320) };
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  // Malformed input is answered like a wrong password: one generic message, nothing to probe.
  if (!parsed.success) return { ok: false, formError: 'invalidCredentials', values };
  const outcome = await verifyCredentials(parsed.data.email, parsed.data.password);
  if (!outcome.ok) return { ok: false, formError: outcome.reason === 'throttled' ? 'throttled' : 'invalidCredentials', values };
  if (outcome.mfaEnabled) return { ok: false, values, mfaTicket: issueTicket('mfa', outcome.claims, 5 * 60) };
  await startSession(outcome.claims);
  redirect(await localePath('/dashboard'));
}

export async function signOutAction() {
  await recordSignOut();
  await signOut({ redirect: false });
  redirect(await localePath('/sign-in?signedOut=1'));
}
