import { useTranslations } from 'next-intl';
import type { DowntimeRow } from './answer-form';
import { formatDuration, type DurationTranslate } from './duration';

/**
 * Allowed downtime for the entered availability (guide item 10 (ウ)). In the editor it is a polite live region
 * so the figure is announced as the user types; the region stays mounted so that announcements work.
 */
export function DowntimeNote({ rows, live = false }: { rows: DowntimeRow[] | null; live?: boolean }) {
  const t = useTranslations('answers.downtime');
  const duration = t as unknown as DurationTranslate;
  return (
    <div aria-live={live ? 'polite' : undefined} data-testid="downtime">
      {rows && (
        <div className="space-y-1 rounded-md bg-muted px-3 py-2 text-sm">
          <p className="font-medium">{t('title')}</p>
          <ul>
            {rows.map((r) => (
              <li key={r.period} className="font-semibold">
                {t(r.period, { duration: formatDuration(r.seconds, duration) })}
              </li>
            ))}
          </ul>
          {rows.length > 1 && <p className="text-xs text-muted-foreground">{t('choosePeriod')}</p>}
          <p className="text-xs text-muted-foreground">{t('note')}</p>
        </div>
      )}
    </div>
  );
}
