'use server';
import { revalidatePath } from 'next/cache';
import { requireMfaSchema } from '@/lib/schemas/account';
import { tenantAction, type ActionResult } from '@/lib/server/action';
import { setRequireMfa } from '@/lib/server/company-settings';

const saveMfaPolicy = tenantAction('company.update', requireMfaSchema, async (viewer, { requireMfa }) => {
  await setRequireMfa(viewer, requireMfa);
  revalidatePath('/', 'layout');
  return { saved: true };
});

export async function saveMfaPolicyAction(prev: unknown, formData: FormData): Promise<ActionResult<{ saved: boolean }>> {
  return saveMfaPolicy(prev, formData);
}
