'use server';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { switchCompanySchema } from '@/lib/schemas/team';
import { tenantAction, type ActionResult } from '@/lib/server/action';
import { startSession } from '@/lib/server/auth';
import { switchCompany } from '@/lib/server/company-switch';

// The chosen company is only a wish: switchCompany finds the membership with the user's own rights first,
// then the session is re-issued for that company (its role is read fresh on every request, as always).
const run = tenantAction('company.view', switchCompanySchema, async (viewer, input) => {
  await startSession(await switchCompany(viewer, input));
  const locale = await getLocale();
  redirect(locale === 'ja' ? '/dashboard' : `/${locale}/dashboard`);
});

export async function switchCompanyAction(prev: unknown, formData: FormData): Promise<ActionResult<void>> {
  return run(prev, formData);
}
