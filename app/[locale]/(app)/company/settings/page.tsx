import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MfaPolicyForm } from '@/components/company/mfa-policy-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardTitle } from '@/components/ui/card';
import { can } from '@/lib/domain/permissions';
import { companySecurity } from '@/lib/server/company-settings';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('companySettings'))('title') };
}

export default async function CompanySettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('companySettings');
  if (!can(viewer.role, 'company.update')) {
    const e = await getTranslations('errors');
    return (
      <>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Alert className="mt-6">{e('forbidden')}</Alert>
      </>
    );
  }
  const company = await companySecurity(viewer);
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('lead', { company: company.name })}</p>
      </div>
      <Card aria-labelledby="mfa-policy-title">
        <CardTitle id="mfa-policy-title">{t('mfaTitle')}</CardTitle>
        <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{t('mfaLead')}</p>
        <p className="mt-2 text-sm" data-testid="members-without-mfa">
          {t('membersWithoutMfa', { count: company.membersWithoutMfa })}
        </p>
        <MfaPolicyForm requireMfa={company.requireMfa} />
      </Card>
    </div>
  );
}
