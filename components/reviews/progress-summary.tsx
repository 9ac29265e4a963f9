import { getTranslations } from 'next-intl/server';
import type { CandidateProgress } from '@/lib/domain/progress';

/** Answered x/14 as a bar, and open risks per group A/B/C (design.md step 7). */
export async function ProgressSummary({ name, progress }: { name: string; progress: CandidateProgress }) {
  const t = await getTranslations('reviews.progress');
  const open = Object.values(progress.openRisksByGroup).reduce((s, n) => s + n, 0);
  const g = progress.openRisksByGroup;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span>{t('answered', { answered: progress.answered, total: progress.total })}</span>
        <span className={open ? 'font-medium text-destructive' : 'text-muted-foreground'}>
          {open ? `${t('openRisks')}: ${t('openRisksByGroup', { a: g.A ?? 0, b: g.B ?? 0, c: g.C ?? 0 })}` : t('noOpenRisks')}
        </span>
      </div>
      <progress
        className="h-2 w-full overflow-hidden rounded bg-muted [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary"
        max={progress.total}
        value={progress.answered}
        aria-label={t('label', { name })}
      />
    </div>
  );
}
