import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { PasswordForm } from '@/components/account/password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { accountSettings } from '@/lib/server/account-settings';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> };

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const account = await accountSettings(viewer);
  const { saved } = await searchParams;
  const t = await getTranslations('account');
  const format = await getFormatter();
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('lead')}</p>
      </div>
      <Card aria-labelledby="profile-title">
        <CardTitle id="profile-title">{t('profileTitle')}</CardTitle>
        <ProfileForm name={account.name} email={account.email} locale={account.locale} saved={saved === 'profile'} />
      </Card>
      <Card aria-labelledby="password-title">
        <CardTitle id="password-title">{t('passwordTitle')}</CardTitle>
        <p className="mt-2 text-sm text-muted-foreground">{t('passwordLead')}</p>
        <p className="mt-1 text-sm text-muted-foreground">
          {t('lastChanged', { date: format.dateTime(account.passwordChangedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
        <PasswordForm changed={saved === 'password'} />
      </Card>
      <Card aria-labelledby="security-title">
        <CardTitle id="security-title">{t('securityTitle')}</CardTitle>
        <p className="mt-2 text-sm">{viewer.mfaEnabled ? t('securityOn') : t('securityOff')}</p>
        <Link href="/account/security" className="mt-3 inline-block text-sm font-medium text-primary underline">
          {t('securityLink')}
        </Link>
      </Card>
    </div>
  );
}
