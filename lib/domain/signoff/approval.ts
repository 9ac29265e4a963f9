// What stops a manager from approving a candidate (issue D): every item of the chosen candidate answered, and
// every item not confirmed carrying a risk decision. Pure, so the UI can say exactly what is missing.
import type { ChecklistTemplate } from '../checklist/types';
import type { AnswerStatus } from '../progress';

export type ApprovalBlocker = { itemKey: string; number: number; problem: 'unanswered' | 'riskUndecided' };

export function approvalBlockers(
  template: ChecklistTemplate,
  answers: readonly { candidateId: string; itemKey: string; status: AnswerStatus; riskAcceptable: boolean | null }[],
  candidateId: string,
): ApprovalBlocker[] {
  const mine = new Map(answers.filter((a) => a.candidateId === candidateId).map((a) => [a.itemKey, a]));
  const blockers: ApprovalBlocker[] = [];
  for (const item of template.items) {
    const a = mine.get(item.key);
    if (!a) blockers.push({ itemKey: item.key, number: item.number, problem: 'unanswered' });
    else if (a.status === 'CONCERN' && a.riskAcceptable === null) blockers.push({ itemKey: item.key, number: item.number, problem: 'riskUndecided' });
  }
  return blockers;
}
