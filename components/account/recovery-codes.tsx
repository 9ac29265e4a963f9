'use client';
import { useTranslations } from 'next-intl';

/** The freshly made recovery codes, shown once. The link does a full page load so the page reflects the new state. */
export function RecoveryCodes({ codes, doneHref }: { codes: string[]; doneHref: string }) {
  const t = useTranslations('security');
  return (
    <section role="status" aria-labelledby="recovery-title" className="space-y-4 rounded-lg border border-border bg-card p-6">
      <h2 id="recovery-title" className="text-lg font-semibold">
        {t('recoveryTitle')}
      </h2>
      <p className="text-sm leading-relaxed">{t('recoveryBody')}</p>
      <p className="text-sm font-medium leading-relaxed">{t('recoveryOnce')}</p>
      <ul aria-label={t('recoveryListLabel')} className="grid grid-cols-2 gap-2 font-mono text-base" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code} className="rounded bg-muted px-3 py-1.5 text-center">
            {code}
          </li>
        ))}
      </ul>
      <a href={doneHref} className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90">
        {t('recoveryDone')}
      </a>
    </section>
  );
}
