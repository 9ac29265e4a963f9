import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeNextPath } from '@/lib/domain/safe-next';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ signedOut?: string; reset?: string; next?: string | string[] }> };

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { signedOut, reset, next } = await searchParams;
  const t = await getTranslations('auth');
  const pr = await getTranslations('passwordReset');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('signInTitle')}</h1>
      {signedOut && (
        <p role="status" className="mt-4 rounded-md bg-muted px-4 py-3 text-sm">
          {t('signedOut')}
        </p>
      )}
      {reset && (
        <p role="status" className="mt-4 rounded-md bg-muted px-4 py-3 text-sm">
          {pr('done')}
        </p>
      )}
      <p className="mb-6 mt-2 text-muted-foreground">{t('signInLead')}</p>
      <SignInForm next={safeNextPath(next) ?? undefined} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="text-primary underline">
          {pr('forgotLink')}
        </Link>
      </p>
      <p className="mt-8 text-sm">
        {t('noAccount')}{' '}
        <Link href="/sign-up" className="text-primary underline">
          {t('toSignUp')}
        </Link>
      </p>
    </>
  );
}
