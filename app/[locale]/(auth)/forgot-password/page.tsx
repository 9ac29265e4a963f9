import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('passwordReset'))('requestTitle') };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('passwordReset');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('requestTitle')}</h1>
      <p className="mb-6 mt-2 text-muted-foreground">{t('requestLead')}</p>
      <ForgotPasswordForm />
      <p className="mt-8 text-sm">
        <Link href="/sign-in" className="text-primary underline">
          {t('backToSignIn')}
        </Link>
      </p>
    </>
  );
}
