import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUpTitle') };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('signUpTitle')}</h1>
      <p className="mb-6 mt-2 text-muted-foreground">{t('signUpLead')}</p>
      <SignUpForm />
      <p className="mt-8 text-sm">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="text-primary underline">
          {t('toSignIn')}
        </Link>
      </p>
    </>
  );
}
