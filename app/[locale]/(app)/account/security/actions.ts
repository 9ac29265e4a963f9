'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { mfaCodeSchema, mfaDisableSchema } from '@/lib/schemas/account';
import type { ActionResult } from '@/lib/server/action';
import { accountAction, mfaSetupAction } from '@/lib/server/account-action';
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, regenerateRecoveryCodes } from '@/lib/server/mfa';

// Enrolment is open to members held at the company's required setup (mfaSetupAction); managing an existing
// second step is not (accountAction).
const begin = mfaSetupAction(z.object({}), async (viewer) => {
  await beginMfaEnrolment(viewer);
  revalidatePath('/', 'layout'); // the page re-renders with the new QR code
});

export async function beginMfaAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await begin(prev, formData)) as ActionResult;
}

const confirm = mfaSetupAction(mfaCodeSchema, async (viewer, { code }) => ({ recoveryCodes: await confirmMfaEnrolment(viewer, code) }));

export async function confirmMfaAction(prev: unknown, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return confirm(prev, formData);
}

const regenerate = accountAction(mfaCodeSchema, async (viewer, { code }) => ({ recoveryCodes: await regenerateRecoveryCodes(viewer, code) }));

export async function regenerateRecoveryCodesAction(prev: unknown, formData: FormData): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return regenerate(prev, formData);
}

const disable = accountAction(mfaDisableSchema, async (viewer, { codeOrPassword }) => {
  await disableMfa(viewer, codeOrPassword);
  revalidatePath('/', 'layout');
});

export async function disableMfaAction(prev: unknown, formData: FormData): Promise<ActionResult> {
  return (await disable(prev, formData)) as ActionResult;
}
