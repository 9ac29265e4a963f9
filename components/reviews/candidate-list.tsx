import { getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import type { CandidateProgress } from '@/lib/domain/progress';
import { MAX_CANDIDATES } from '@/lib/schemas/decision';
import { CandidateForm } from './candidate-form';
import { ProgressSummary } from './progress-summary';
import { RemoveCandidate } from './remove-candidate';

type Candidate = {
  id: string;
  version: number;
  name: string;
  provider: string;
  url: string;
  category: string;
  plan: string;
  priceNotes: string;
  progress: CandidateProgress;
};

export async function CandidateList({ decisionId, candidates, canEdit }: { decisionId: string; candidates: Candidate[]; canEdit: boolean }) {
  const t = await getTranslations('reviews.candidates');
  return (
    <Card aria-labelledby="candidates-title">
      <CardTitle id="candidates-title">{t('title')}</CardTitle>
      <p className="mt-1 text-sm text-muted-foreground">{t('lead', { max: MAX_CANDIDATES })}</p>
      {candidates.length === 0 && <p className="mt-4">{t('empty')}</p>}
      <ul className="mt-4 grid gap-4 lg:grid-cols-3">
        {candidates.map((c) => (
          <li key={c.id} className="space-y-3 rounded-lg border border-border p-4" data-testid="candidate">
            <div>
              <h3 className="font-semibold">{c.name}</h3>
              <p className="text-sm text-muted-foreground">{[c.provider, c.category, c.plan].filter(Boolean).join(' · ')}</p>
              {/* Only http(s) URLs are ever stored (candidateSchema), so this link cannot run script. */}
              {c.url && (
                <a href={c.url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-sm text-primary underline">
                  {c.url}
                  <span className="sr-only"> — {t('openSite')}</span>
                </a>
              )}
              {c.priceNotes && <p className="mt-1 whitespace-pre-wrap text-sm">{c.priceNotes}</p>}
            </div>
            <ProgressSummary name={c.name} progress={c.progress} />
            {canEdit && (
              <div className="flex flex-wrap items-start gap-2">
                <details className="w-full">
                  <summary className="cursor-pointer text-sm text-primary underline">{t('edit')}</summary>
                  <div className="mt-3">
                    <CandidateForm decisionId={decisionId} candidate={c} idPrefix={`edit-${c.id}`} />
                  </div>
                </details>
                <RemoveCandidate id={c.id} name={c.name} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {canEdit && candidates.length < MAX_CANDIDATES && (
        <section aria-labelledby="add-candidate" className="mt-6 border-t border-border pt-4">
          <h3 id="add-candidate" className="mb-3 font-semibold">
            {t('addTitle')}
          </h3>
          <CandidateForm decisionId={decisionId} idPrefix="add" />
        </section>
      )}
    </Card>
  );
}
