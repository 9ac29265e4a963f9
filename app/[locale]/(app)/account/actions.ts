'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { changePasswordSchema, profileSchema } from '@/lib/schemas/account';
import type { ActionResult } from '@/lib/server/action';
import { accountAction } from '@/lib/server/account-action';
import { changePassword, updateProfile } from '@/lib/server/account-settings';
import { startSession } from '@/lib/server/auth';

const saveProfile = accountAction(profileSchema, async (viewer, input) => {
  await updateProfile(viewer, input);
  // The chosen language takes effect at once: the page comes back under that language's URL, and the header
  // (which shows the name) is rendered afresh.
  revalidatePath('/', 'layout');
  redirect(`${input.locale === 'ja' ? '' : `/${input.locale}`}/account?saved=profile`);
});

export async function saveProfileAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await saveProfile(prev, formData)) as ActionResult;
}

const changeOwnPassword = accountAction(changePasswordSchema, async (viewer, input) => {
  const sessionVersion = await changePassword(viewer, input);
  // Every other session ended with the version bump; this one continues with a cookie carrying the new version.
  // A redirect, not an in-place re-render: that render would still see the request's old cookie and sign out.
  await startSession({ userId: viewer.userId, companyId: viewer.companyId, sessionVersion });
  const locale = await getLocale();
  redirect(`${locale === 'ja' ? '' : `/${locale}`}/account?saved=password`);
});

export async function changePasswordAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await changeOwnPassword(prev, formData)) as ActionResult;
}
