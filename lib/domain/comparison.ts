// Pure helpers shared by the comparison page and its CSV export, so both say the same thing.
import type { ChecklistItem, ChecklistTemplate, Facts } from './checklist/types';
import type { AnswerStatus } from './progress';
import type { CostInputs } from './cost';

export type ComparisonAnswer = {
  candidateId: string;
  itemKey: string;
  status: AnswerStatus;
  memo: string;
  facts: Facts;
  riskAcceptable: boolean | null;
  riskReason: string;
  riskMitigation: string;
};

export const answerKey = (candidateId: string, itemKey: string) => `${candidateId}:${itemKey}`;

export function indexAnswers(answers: readonly ComparisonAnswer[]) {
  return new Map(answers.map((a) => [answerKey(a.candidateId, a.itemKey), a]));
}

/** The first `max` characters (code points, so 𠮷 is never cut in half), whitespace folded, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

export type RiskDecision = 'accepted' | 'rejected' | 'undecided';
export function riskDecision(a: Pick<ComparisonAnswer, 'status' | 'riskAcceptable'>): RiskDecision | null {
  if (a.status !== 'CONCERN') return null;
  return a.riskAcceptable === true ? 'accepted' : a.riskAcceptable === false ? 'rejected' : 'undecided';
}

/** Items that record facts, in template order: the "key facts" of the guide (cost, availability, support …). */
export function factItems(template: ChecklistTemplate): ChecklistItem[] {
  return template.items.filter((i) => i.facts.length > 0);
}

// Where ipa-2011 keeps a candidate's cost (item 2). Another template without these facts simply has no chart.
const COST_ITEM = 'item-02';
const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function candidateCost(answers: Map<string, ComparisonAnswer>, candidateId: string): CostInputs {
  const facts = answers.get(answerKey(candidateId, COST_ITEM))?.facts ?? {};
  return { initial: num(facts.initialCost), monthly: num(facts.monthlyCost), monthlyIndirect: num(facts.monthlyIndirectCost) };
}
