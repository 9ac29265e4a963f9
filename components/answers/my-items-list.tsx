import { Check } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LocalizedText } from '@/lib/domain/checklist/types';
import { pick, type Locale } from './answer-form';

export type MyItem = {
  decisionId: string;
  decisionTitle: string;
  itemKey: string;
  itemNumber: number;
  question: LocalizedText;
  progress: { answered: number; total: number };
};

/** The viewer's assigned items, grouped by decision in the order they were assigned, items in the guide's order. */
export async function MyItemsList({ items, locale }: { items: MyItem[]; locale: Locale }) {
  const t = await getTranslations('myItems');
  const ta = await getTranslations('answers');
  const decisions = new Map<string, { title: string; items: MyItem[] }>();
  for (const i of items) {
    const d = decisions.get(i.decisionId) ?? { title: i.decisionTitle, items: [] };
    d.items.push(i);
    decisions.set(i.decisionId, d);
  }
  return (
    <div className="space-y-6">
      {[...decisions].map(([decisionId, d]) => (
        <section key={decisionId} aria-labelledby={`decision-${decisionId}`} className="rounded-lg border border-border bg-card p-5 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`decision-${decisionId}`} className="text-lg font-semibold break-words">
              {d.title}
            </h2>
            <Link href={`/decisions/${decisionId}`} className="text-sm text-primary underline-offset-4 hover:underline">
              {t('openDecision')}
            </Link>
          </div>
          <ul className="mt-3 divide-y divide-border">
            {d.items
              .sort((a, b) => a.itemNumber - b.itemNumber)
              .map((i) => {
                const { answered, total } = i.progress;
                const done = total > 0 && answered === total;
                return (
                  <li key={i.itemKey} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`my-item-${i.itemKey}`}>
                    <Link href={`/decisions/${decisionId}/items/${i.itemKey}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {ta('itemTitle', { number: i.itemNumber, question: pick(i.question, locale) })}
                    </Link>
                    <span className="flex items-center gap-2 text-sm">
                      {total === 0 ? t('noCandidates') : t('progress', { answered, total })}
                      {done && (
                        <span className="inline-flex items-center gap-1 rounded bg-muted px-2 text-xs font-semibold text-success">
                          <Check aria-hidden className="size-3.5" />
                          {t('done')}
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
