import { getLocale, getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { pick } from '@/lib/domain/checklist/pick';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import { itemProgress, type AnswerLite } from '@/lib/domain/progress';

type Props = {
  decisionId: string;
  template: ChecklistTemplate;
  candidates: { id: string }[];
  answers: AnswerLite[];
  assignments: { itemKey: string; assigneeId: string }[];
  members: { id: string; name: string }[];
};

/** The 14 items by group, each with how many candidates have it answered and who is assigned. */
export async function ItemOverview({ decisionId, template, candidates, answers, assignments, members }: Props) {
  const t = await getTranslations('reviews.items');
  const locale = await getLocale();
  const ids = candidates.map((c) => c.id);
  const assignee = new Map(assignments.map((a) => [a.itemKey, members.find((m) => m.id === a.assigneeId)?.name]));
  return (
    <Card aria-labelledby="items-title">
      <CardTitle id="items-title">{t('title')}</CardTitle>
      <div className="mt-4 space-y-6">
        {template.groups.map((g) => (
          <section key={g.key} aria-labelledby={`group-${g.key}`}>
            <h3 id={`group-${g.key}`} className="font-semibold">
              {g.key}. {pick(g.title, locale)}
            </h3>
            <ol className="mt-2 divide-y divide-border rounded-md border border-border">
              {template.items
                .filter((i) => i.group === g.key)
                .map((i) => {
                  const p = itemProgress(i.key, ids, answers);
                  const who = assignee.get(i.key);
                  return (
                    <li key={i.key} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
                      <Link href={`/decisions/${decisionId}/items/${i.key}`} className="text-primary hover:underline">
                        <span className="font-semibold">{i.number}.</span> {pick(i.question, locale)}
                      </Link>
                      <span className="flex gap-4 text-muted-foreground">
                        {who && <span>{t('assignee', { name: who })}</span>}
                        <span className={p.total > 0 && p.answered === p.total ? 'text-success' : undefined}>
                          {t('answered', { answered: p.answered, total: p.total })}
                        </span>
                      </span>
                    </li>
                  );
                })}
            </ol>
          </section>
        ))}
      </div>
    </Card>
  );
}
