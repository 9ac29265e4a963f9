// Progress and open-risk counts (issue C), pure so the dashboard, decision page, comparison and PDF agree.
// An "open risk" is an item answered 未確認・懸念あり whose risk has not been accepted: either no risk decision
// yet, or judged not acceptable. An accepted risk is closed (the guide asks exactly this question).
import type { ChecklistTemplate } from './checklist/types';

export type AnswerStatus = 'CONFIRMED' | 'CONCERN' | 'NOT_APPLICABLE';
export type AnswerLite = { candidateId: string; itemKey: string; status: AnswerStatus; riskAcceptable: boolean | null };

export type RiskCounts = { undecided: number; notAcceptable: number; accepted: number };
export type CandidateProgress = {
  answered: number;
  total: number;
  byStatus: Record<AnswerStatus, number>;
  /** Open risks (undecided + not acceptable) per template group key. */
  openRisksByGroup: Record<string, number>;
  risks: RiskCounts;
};

export function isOpenRisk(a: Pick<AnswerLite, 'status' | 'riskAcceptable'>) {
  return a.status === 'CONCERN' && a.riskAcceptable !== true;
}

export function candidateProgress(template: ChecklistTemplate, candidateId: string, answers: readonly AnswerLite[]): CandidateProgress {
  const groupOf = new Map(template.items.map((i) => [i.key, i.group]));
  const progress: CandidateProgress = {
    answered: 0,
    total: template.items.length,
    byStatus: { CONFIRMED: 0, CONCERN: 0, NOT_APPLICABLE: 0 },
    openRisksByGroup: Object.fromEntries(template.groups.map((g) => [g.key, 0])),
    risks: { undecided: 0, notAcceptable: 0, accepted: 0 },
  };
  for (const a of answers) {
    const group = groupOf.get(a.itemKey);
    if (a.candidateId !== candidateId || group === undefined) continue; // answers of items no longer in the template do not count
    progress.answered += 1;
    progress.byStatus[a.status] += 1;
    if (a.status !== 'CONCERN') continue;
    if (a.riskAcceptable === true) progress.risks.accepted += 1;
    else {
      if (a.riskAcceptable === false) progress.risks.notAcceptable += 1;
      else progress.risks.undecided += 1;
      progress.openRisksByGroup[group] = (progress.openRisksByGroup[group] ?? 0) + 1;
    }
  }
  return progress;
}

/** Progress of one item across a decision's candidates: how many candidates have it answered. */
export function itemProgress(itemKey: string, candidateIds: readonly string[], answers: readonly AnswerLite[]) {
  const ids = new Set(candidateIds);
  const answered = new Set(answers.filter((a) => a.itemKey === itemKey && ids.has(a.candidateId)).map((a) => a.candidateId));
  return { answered: answered.size, total: ids.size };
}
