import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { listDecisions } from '@/lib/server/decisions';
import { ProgressSummary } from './progress-summary';
import { StatusBadge } from './status-badge';

type Decision = Awaited<ReturnType<typeof listDecisions>>[number];

/** Decisions with each candidate's progress and open risks: on the dashboard and the decisions page. */
export async function DecisionList({ decisions }: { decisions: Decision[] }) {
  const t = await getTranslations('reviews.list');
  const format = await getFormatter();
  return (
    <ul className="space-y-4">
      {decisions.map((d) => (
        <li key={d.id} className="rounded-lg border border-border p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">
              <Link href={`/decisions/${d.id}`} className="text-primary hover:underline">
                {d.title}
              </Link>
            </h2>
            <StatusBadge status={d.status} />
          </div>
          <p className="text-xs text-muted-foreground">{t('createdAt', { date: format.dateTime(d.createdAt, { dateStyle: 'medium' }) })}</p>
          {d.candidates.length === 0 ? (
            <p className="mt-3 text-sm text-muted-foreground">{t('noCandidates')}</p>
          ) : (
            <ul className="mt-3 grid gap-3 md:grid-cols-3">
              {d.candidates.map((c) => (
                <li key={c.id}>
                  <p className="text-sm font-medium">{c.name}</p>
                  <ProgressSummary name={c.name} progress={c.progress} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
