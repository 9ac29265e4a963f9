'use server';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { forgotPasswordSchema, resetPasswordSchema, secondStepSchema } from '@/lib/schemas/account';
import { safeNextPath } from '@/lib/domain/safe-next';
import { signInSchema, signUpSchema } from '@/lib/schemas/auth';
import { publicAction, type ActionResult } from '@/lib/server/action';
import { signUpCompany, verifyCredentials } from '@/lib/server/accounts';
import { signOut, startSession } from '@/lib/server/auth';
import { verifySecondStep } from '@/lib/server/mfa-sign-in';
import { requestPasswordReset, resetPassword } from '@/lib/server/password-reset';
import { recordSignOut } from '@/lib/server/sign-out';
import { issueTicket, readTicket } from '@/lib/server/tickets';

async function localePath(path: string) {
  const locale = await getLocale();
  return locale === 'ja' ? path : `/${locale}${path}`;
}

/** After sign-in: the page the user came for (same-site paths only, e.g. an invitation), else the dashboard. */
async function afterSignIn(formData: FormData) {
  return safeNextPath(formData.get('next')) ?? (await localePath('/dashboard'));
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

export async function signInAction(prev: unknown, formData: FormData): Promise<SignInResult> {
  // One form, two steps: once the password step has issued a ticket, the form posts the code with it.
  if (formData.has('mfaTicket')) return secondStepAction(prev, formData);
  const values = { email: String(formData.get('email') ?? '').slice(0, 320) };
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  // Malformed input is answered like a wrong password: one generic message, nothing to probe.
  if (!parsed.success) return { ok: false, formError: 'invalidCredentials', values };
  const outcome = await verifyCredentials(parsed.data.email, parsed.data.password);
  if (!outcome.ok) return { ok: false, formError: outcome.reason === 'throttled' ? 'throttled' : 'invalidCredentials', values };
  if (outcome.mfaEnabled) return { ok: false, values, mfaTicket: issueTicket('mfa', outcome.claims, 5 * 60) };
  await startSession(outcome.claims);
  redirect(await afterSignIn(formData));
}

/**
 * The second step: a valid 'mfa' ticket (password proven within the last 5 minutes) plus an app or recovery code.
 * The ticket goes back to the form after a wrong code, so the user can try again without the password.
 */
export async function secondStepAction(_prev: unknown, formData: FormData): Promise<SignInResult> {
  const parsed = secondStepSchema.safeParse({ mfaTicket: formData.get('mfaTicket'), code: formData.get('code') });
  const claims = readTicket('mfa', formData.get('mfaTicket'));
  if (!claims) return { ok: false, formError: 'mfaExpired' };
  const mfaTicket = formData.get('mfaTicket') as string;
  if (!parsed.success) return { ok: false, mfaTicket, fieldErrors: { code: ['required'] } };
  const outcome = await verifySecondStep(claims, parsed.data.code);
  if (!outcome.ok) {
    if (outcome.reason === 'expired') return { ok: false, formError: 'mfaExpired' };
    if (outcome.reason === 'throttled') return { ok: false, mfaTicket, formError: 'mfaThrottled' };
    return { ok: false, mfaTicket, fieldErrors: { code: ['mfaCodeWrong'] } };
  }
  await startSession(outcome.claims);
  redirect(await afterSignIn(formData));
}

const forgotPassword = publicAction(forgotPasswordSchema, async ({ email }) => {
  await requestPasswordReset(email);
  return { email };
});

/** Always the same answer for registered and unknown addresses (only throttling and malformed input differ). */
export async function forgotPasswordAction(prev: unknown, formData: FormData): Promise<ActionResult<{ email: string }>> {
  return forgotPassword(prev, formData);
}

const resetPasswordWithLink = publicAction(resetPasswordSchema, async ({ token, password }) => {
  await resetPassword(token, password);
  redirect(await localePath('/sign-in?reset=1'));
});

export async function resetPasswordAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await resetPasswordWithLink(prev, formData)) as ActionResult;
}

export async function signOutAction() {
  await recordSignOut();
  await signOut({ redirect: false });
  redirect(await localePath('/sign-in?signedOut=1'));
}
