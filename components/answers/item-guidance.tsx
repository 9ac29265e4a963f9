import { getTranslations } from 'next-intl/server';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { pick, type Locale } from './answer-form';

/** The check sheet's question and the guide's explanation, points and references for one item. */
export async function ItemGuidance({ item, locale }: { item: ChecklistItem; locale: Locale }) {
  const t = await getTranslations('answers');
  return (
    <section aria-labelledby="guide-title" className="space-y-4 rounded-lg border border-border bg-card p-5">
      <div>
        <p className="text-xs font-medium text-muted-foreground">{t('questionLabel')}</p>
        <p className="mt-1 text-lg font-semibold leading-relaxed">{pick(item.content, locale)}</p>
      </div>
      <div>
        <h2 id="guide-title" className="text-base font-semibold">
          {t('guideTitle')}
        </h2>
        <p className="mt-1 text-sm leading-relaxed">{pick(item.explanation, locale)}</p>
      </div>
      {item.subPoints.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('pointsTitle')}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {item.subPoints.map((s) => (
              <li key={s.key}>{pick(s.text, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {item.references && item.references.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">{t('referencesTitle')}</h3>
          <ul className="mt-1 list-disc gap-8 space-y-1 pl-5 text-sm sm:columns-2">
            {item.references.map((r) => (
              <li key={r.ja}>{pick(r, locale)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
