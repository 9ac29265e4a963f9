import { ProgressSummary } from '@/components/reviews/progress-summary';
import type { CandidateProgress } from '@/lib/domain/progress';

type Candidate = { id: string; name: string; provider: string; plan: string; progress: CandidateProgress };

/** Answered x/14 and open risks per group A/B/C for each candidate, the same figures as the decision page. */
export function CandidateSummaries({ candidates }: { candidates: Candidate[] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3">
      {candidates.map((c) => (
        <li key={c.id} className="break-inside-avoid space-y-2 rounded-lg border border-border p-4" data-testid="candidate-summary">
          <div>
            <h3 className="font-semibold">{c.name}</h3>
            {(c.provider || c.plan) && <p className="text-sm text-muted-foreground">{[c.provider, c.plan].filter(Boolean).join(' · ')}</p>}
          </div>
          <ProgressSummary name={c.name} progress={c.progress} />
        </li>
      ))}
    </ul>
  );
}
