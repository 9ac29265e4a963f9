'use server';
import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { signUpSchema, signInSchema } from '@/lib/schemas/auth';
import { publicAction, type ActionResult } from '@/lib/server/action';
import { signUpCompany } from '@/lib/server/accounts';
import { signIn, signOut, ThrottledSignIn } from '@/lib/server/auth';
import { recordSignOut } from '@/lib/server/sign-out';

async function home() {
  const locale = await getLocale();
  return locale === 'ja' ? '/dashboard' : `/${locale}/dashboard`;
}

const signUp = publicAction(signUpSchema, async (input) => {
  const locale = (await getLocale()) === 'en' ? 'en' : 'ja';
  await signUpCompany({ ...input, locale });
  await signIn('credentials', { email: input.email, password: input.password, redirect: false });
  redirect(await home());
});

export async function signUpAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await signUp(prev, formData)) as ActionResult;
}

export async function signInAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  // Malformed input is answered like a wrong password: one generic message, nothing to probe.
  const values = { email: String(formData.get('email') ?? '').slice(0, 320) };
  if (!parsed.success) return { ok: false, formError: 'invalidCredentials', values };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (err) {
    if (err instanceof ThrottledSignIn) return { ok: false, formError: 'throttled', values };
    if (err instanceof CredentialsSignin) return { ok: false, formError: 'invalidCredentials', values };
    throw err;
  }
  redirect(await home());
}

export async function signOutAction() {
  await recordSignOut();
  const locale = await getLocale();
  await signOut({ redirect: false });
  redirect(locale === 'ja' ? '/sign-in?signedOut=1' : `/${locale}/sign-in?signedOut=1`);
}
