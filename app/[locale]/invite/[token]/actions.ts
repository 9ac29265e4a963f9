'use server';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { acceptNewAccountSchema, joinSchema } from '@/lib/schemas/team';
import { publicAction, type ActionResult } from '@/lib/server/action';
import { signOut, startSession } from '@/lib/server/auth';
import { AppError } from '@/lib/server/errors';
import { acceptWithNewAccount, joinWithExistingAccount } from '@/lib/server/invitation-accept';
import { currentViewer } from '@/lib/server/session';
import { recordSignOut } from '@/lib/server/sign-out';

async function localePath(path: string) {
  const locale = await getLocale();
  return locale === 'ja' ? path : `/${locale}${path}`;
}

// Acceptance proves who the user is (a live invitation token, plus the signed-in session for existing accounts),
// then opens a session for the invitation's company: the company never comes from the form.
const acceptNew = publicAction(acceptNewAccountSchema, async (input) => {
  await startSession(await acceptWithNewAccount(input));
  redirect(await localePath('/dashboard'));
});

const join = publicAction(joinSchema, async (input) => {
  const viewer = await currentViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
  await startSession(await joinWithExistingAccount(viewer, input));
  redirect(await localePath('/dashboard'));
});

export async function acceptNewAccountAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return acceptNew(prev, formData);
}

export async function joinAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return join(prev, formData);
}

/** Signed in as someone else: sign out, then sign in as the invited address and come back to the invitation. */
export async function signOutForInvitationAction(formData: FormData) {
  const parsed = joinSchema.safeParse({ token: formData.get('token') });
  await recordSignOut();
  await signOut({ redirect: false });
  const next = parsed.success ? `?next=${encodeURIComponent(await localePath(`/invite/${parsed.data.token}`))}` : '';
  redirect(`${await localePath('/sign-in')}${next}`);
}
