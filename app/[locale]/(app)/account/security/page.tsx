import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { MfaEnrolment } from '@/components/account/mfa-enrolment';
import { MfaManage } from '@/components/account/mfa-manage';
import { Link } from '@/i18n/navigation';
import { mfaStatus } from '@/lib/server/mfa';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('security'))('title') };
}

export default async function SecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const status = await mfaStatus(viewer);
  const t = await getTranslations('security');
  const format = await getFormatter();
  const here = locale === 'ja' ? '/account/security' : `/${locale}/account/security`;
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/account" className="text-sm text-primary underline">
          {t('backToAccount')}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 leading-relaxed text-muted-foreground">{t('lead')}</p>
      </div>
      {status.enabled && status.enabledAt ? (
        <>
          <p className="rounded-md bg-muted px-4 py-3 text-sm" data-testid="mfa-status">
            {t('statusOn', { date: format.dateTime(status.enabledAt, { dateStyle: 'medium' }) })}{' '}
            {t('recoveryLeft', { count: status.recoveryCodesLeft })}
          </p>
          <MfaManage requiredByCompany={status.requiredByCompany} doneHref={here} />
        </>
      ) : (
        <>
          <p className="rounded-md bg-muted px-4 py-3 text-sm" data-testid="mfa-status">
            {t('statusOff')}
          </p>
          <MfaEnrolment pending={status.pending} doneHref={here} />
        </>
      )}
    </div>
  );
}
