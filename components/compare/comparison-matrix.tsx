import { CandidateTable } from './candidate-table';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pick } from '@/lib/domain/checklist/pick';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import { answerKey, excerpt, riskDecision, type ComparisonAnswer } from '@/lib/domain/comparison';
import { AnswerBadge } from './answer-badge';

type Props = { decisionId: string; template: ChecklistTemplate; candidates: { id: string; name: string }[]; answers: Map<string, ComparisonAnswer> };

const riskKey = { accepted: 'risk.acceptedSummary', rejected: 'risk.rejectedSummary', undecided: 'risk.undecidedSummary' } as const;

/** Items × candidates: status (as text), a memo excerpt and the risk decision of each answer. */
export async function ComparisonMatrix({ decisionId, template, candidates, answers }: Props) {
  const t = await getTranslations('compare.matrix');
  const a = await getTranslations('answers');
  const locale = await getLocale();
  return (
    <CandidateTable id="matrix" caption={t('caption')} firstColumn={t('item')} candidates={candidates} testId="matrix">
        {template.groups.map((g) => (
          <tbody key={g.key}>
            <tr className="bg-muted">
              <th scope="colgroup" colSpan={candidates.length + 1} className="px-2 py-1.5 text-left font-semibold">
                {g.key}. {pick(g.title, locale)}
              </th>
            </tr>
            {template.items
              .filter((i) => i.group === g.key)
              .map((item) => (
                <tr key={item.key} className="break-inside-avoid border-b border-border align-top">
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    <Link href={`/decisions/${decisionId}/items/${item.key}`} className="text-primary hover:underline">
                      <span className="font-semibold">({item.number})</span> {pick(item.question, locale)}
                    </Link>
                    <p className="mt-1 text-xs text-muted-foreground">{pick(item.content, locale)}</p>
                  </th>
                  {candidates.map((c) => {
                    const x = answers.get(answerKey(c.id, item.key));
                    const risk = x ? riskDecision(x) : null;
                    return (
                      <td key={c.id} className="space-y-1 px-2 py-2" data-testid={`cell-${item.number}-${c.name}`}>
                        <AnswerBadge status={x?.status ?? 'none'} label={a(x ? `status.${x.status}` : 'status.none')} />
                        {x?.memo && (
                          <p className="break-words text-xs">
                            <span className="text-muted-foreground">{t('memo')}</span>
                            {excerpt(x.memo)}
                          </p>
                        )}
                        {risk && <p className={`text-xs font-medium ${risk === 'accepted' ? '' : 'text-destructive'}`}>{a(riskKey[risk])}</p>}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        ))}
    </CandidateTable>
  );
}
