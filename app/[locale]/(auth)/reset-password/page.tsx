import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('passwordReset'))('resetTitle'), referrer: 'no-referrer' };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

// Opening the link changes nothing (mail scanners follow links): the token is only used when the form is sent.
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('passwordReset');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('resetTitle')}</h1>
      {typeof token === 'string' && token.length > 0 && token.length <= 200 ? (
        <>
          <p className="mb-6 mt-2 text-muted-foreground">{t('resetLead')}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <Alert className="mt-6">
          <p>{t('missingToken')}</p>
          <p className="mt-2">
            <Link href="/forgot-password" className="font-medium underline">
              {t('requestAgain')}
            </Link>
          </p>
        </Alert>
      )}
      <p className="mt-8 text-sm">
        <Link href="/sign-in" className="text-primary underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </>
  );
}
