import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Button } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';

const steps = ['one', 'two', 'three', 'four'] as const;
const trust = ['isolation', 'audit', 'language'] as const;

export default async function LandingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('landing');
  const c = await getTranslations('common');
  return (
    <>
      <header className="border-b border-border">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-6 py-4">
          <span className="text-lg font-bold text-primary">{c('appName')}</span>
          <div className="flex items-center gap-3">
            <LanguageSwitcher />
            <Button asChild variant="ghost" size="sm">
              <Link href="/sign-in">{t('nav.signIn')}</Link>
            </Button>
            <Button asChild size="sm">
              <Link href="/sign-up">{t('nav.signUp')}</Link>
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 py-14">
        <h1 className="max-w-3xl text-3xl font-bold leading-snug md:text-4xl">{t('heroTitle')}</h1>
        <p className="mt-6 max-w-3xl text-lg text-muted-foreground">{t('heroLead')}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href="/sign-up">{t('ctaPrimary')}</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/sign-in">{t('ctaSecondary')}</Link>
          </Button>
        </div>
        <section aria-labelledby="steps" className="mt-16">
          <h2 id="steps" className="text-2xl font-semibold">
            {t('stepsTitle')}
          </h2>
          <ol className="mt-6 grid gap-4 md:grid-cols-2">
            {steps.map((step, i) => (
              <li key={step} className="rounded-lg border border-border p-5">
                <p className="text-sm font-semibold text-primary">{i + 1}</p>
                <h3 className="mt-1 font-semibold">{t(`steps.${step}.title`)}</h3>
                <p className="mt-2 text-muted-foreground">{t(`steps.${step}.body`)}</p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="trust" className="mt-16">
          <h2 id="trust" className="text-2xl font-semibold">
            {t('trustTitle')}
          </h2>
          <ul className="mt-4 list-disc space-y-2 pl-6">
            {trust.map((key) => (
              <li key={key}>{t(`trust.${key}`)}</li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-border py-6 text-center text-sm text-muted-foreground">{t('footer')}</footer>
    </>
  );
}
