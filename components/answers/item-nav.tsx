import { Check } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import type { ItemCounts } from '@/lib/server/item-progress';
import { cn } from '@/lib/utils';
import { pick, type Locale } from './answer-form';

type Props = { decisionId: string; template: ChecklistTemplate; counts: ItemCounts; currentKey: string; locale: Locale; className?: string };

/** Every item of the checklist with how many candidates are answered, so the user moves through it easily. */
export async function ItemNav({ decisionId, template, counts, currentKey, locale, className }: Props) {
  const t = await getTranslations('answers.nav');
  return (
    <nav aria-labelledby="item-nav-title" className={cn('space-y-4 text-sm', className)}>
      <h2 id="item-nav-title" className="font-semibold">
        {t('title', { count: template.items.length })}
      </h2>
      {template.groups.map((group) => (
        <div key={group.key} className="space-y-1">
          <h3 className="text-xs font-medium text-muted-foreground">
            {group.key}. {pick(group.title, locale)}
          </h3>
          <ol className="space-y-0.5">
            {template.items
              .filter((i) => i.group === group.key)
              .map((i) => {
                const c = counts[i.key] ?? { answered: 0, total: 0 };
                const current = i.key === currentKey;
                const done = c.total > 0 && c.answered === c.total;
                return (
                  <li key={i.key}>
                    <Link
                      href={`/decisions/${decisionId}/items/${i.key}`}
                      aria-current={current ? 'page' : undefined}
                      data-testid={`item-nav-${i.key}`}
                      className={cn('flex items-start justify-between gap-2 rounded px-2 py-1 hover:bg-muted', current && 'bg-muted font-semibold')}
                    >
                      <span>
                        ({i.number}) {pick(i.question, locale)}
                      </span>
                      <span className="flex shrink-0 items-center gap-1 tabular-nums text-xs text-muted-foreground">
                        {done && <Check aria-hidden className="size-3.5 text-success" />}
                        <span aria-hidden>{t('answered', c)}</span>
                        <span className="sr-only">{t('answeredSr', c)}</span>
                      </span>
                    </Link>
                  </li>
                );
              })}
          </ol>
        </div>
      ))}
    </nav>
  );
}

/** Previous / next item, in the guide's order. */
export async function ItemPager({ decisionId, template, currentKey, locale }: Omit<Props, 'counts' | 'className'>) {
  const t = await getTranslations('answers');
  const index = template.items.findIndex((i) => i.key === currentKey);
  const prev = template.items[index - 1];
  const next = template.items[index + 1];
  const title = (i: (typeof template.items)[number]) => t('itemTitle', { number: i.number, question: pick(i.question, locale) });
  return (
    <nav aria-label={t('nav.pager')} className="flex flex-wrap justify-between gap-3 text-sm">
      {prev ? (
        <Link href={`/decisions/${decisionId}/items/${prev.key}`} rel="prev" className="text-primary underline-offset-4 hover:underline">
          <span aria-hidden>← </span>
          {t('nav.previous', { title: title(prev) })}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/decisions/${decisionId}/items/${next.key}`} rel="next" className="text-primary underline-offset-4 hover:underline">
          {t('nav.next', { title: title(next) })}
          <span aria-hidden> →</span>
        </Link>
      )}
    </nav>
  );
}
