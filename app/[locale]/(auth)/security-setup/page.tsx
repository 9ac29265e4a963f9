import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signOutAction } from '@/app/[locale]/(auth)/actions';
import { MfaEnrolment } from '@/components/account/mfa-enrolment';
import { Button } from '@/components/ui/button';
import { mfaStatus } from '@/lib/server/mfa';
import { requireViewerForMfaSetup } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('security'))('setupRequiredTitle') };
}

/**
 * Where requireViewer sends a member whose company requires two-step sign-in before they have set it up. It sits
 * outside the signed-in area's layout on purpose: that layout would send them here again.
 */
export default async function SecuritySetupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewerForMfaSetup(locale);
  const home = locale === 'ja' ? '/dashboard' : `/${locale}/dashboard`;
  if (!viewer.mfaSetupRequired) redirect(home);
  const status = await mfaStatus(viewer);
  const t = await getTranslations('security');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('setupRequiredTitle')}</h1>
        <p role="status" className="mt-3 rounded-md bg-muted px-4 py-3 text-sm leading-relaxed">
          {t('setupRequiredBody', { company: viewer.companyName })}
        </p>
        <p className="mt-3 text-sm leading-relaxed text-muted-foreground">{t('lead')}</p>
      </div>
      <MfaEnrolment pending={status.pending} doneHref={home} />
      <form action={signOutAction}>
        <Button type="submit" variant="link" className="px-0">
          {t('signOut')}
        </Button>
      </form>
    </div>
  );
}
