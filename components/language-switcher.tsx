'use client';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/** Links to the same page in the other language; a plain link so it works without JavaScript too. */
export function LanguageSwitcher() {
  const t = useTranslations('common');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('language')} className="flex items-center gap-1 text-sm">
      {routing.locales.map((locale) => (
        <Link
          key={locale}
          href={pathname}
          locale={locale}
          lang={locale}
          aria-current={locale === current ? 'true' : undefined}
          className={
            locale === current
              ? 'rounded px-2 py-1 font-semibold text-foreground underline underline-offset-4'
              : 'rounded px-2 py-1 text-primary hover:bg-muted'
          }
        >
          {t(`languages.${locale}`)}
        </Link>
      ))}
    </nav>
  );
}
