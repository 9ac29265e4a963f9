import { describe, expect, it } from 'vitest';
import { getTemplate } from './checklist/registry';
import { candidateCost, excerpt, factItems, indexAnswers, riskDecision, type ComparisonAnswer } from './comparison';

const answer = (over: Partial<ComparisonAnswer>): ComparisonAnswer => ({
  candidateId: 'c1',
  itemKey: 'item-02',
  status: 'CONFIRMED',
  memo: '',
  facts: {},
  riskAcceptable: null,
  riskReason: '',
  riskMitigation: '',
  ...over,
});

describe('excerpt', () => {
  it('cuts by characters, never inside 𠮷, and folds line breaks', () => {
    expect(excerpt('𠮷'.repeat(5), 3)).toBe('𠮷𠮷𠮷…');
    expect(excerpt('一行目\n\n二行目', 60)).toBe('一行目 二行目');
    expect(excerpt('short', 5)).toBe('short');
  });
});

describe('riskDecision', () => {
  it('exists only for CONCERN answers', () => {
    expect(riskDecision(answer({ status: 'CONFIRMED', riskAcceptable: true }))).toBeNull();
    expect(riskDecision(answer({ status: 'CONCERN', riskAcceptable: true }))).toBe('accepted');
    expect(riskDecision(answer({ status: 'CONCERN', riskAcceptable: false }))).toBe('rejected');
    expect(riskDecision(answer({ status: 'CONCERN', riskAcceptable: null }))).toBe('undecided');
  });
});

describe('candidateCost and factItems', () => {
  it('reads the item-2 costs of one candidate', () => {
    const answers = indexAnswers([answer({ facts: { initialCost: 1, monthlyCost: 2, monthlyIndirectCost: 3 } }), answer({ candidateId: 'c2', facts: { initialCost: 9 } })]);
    expect(candidateCost(answers, 'c1')).toEqual({ initial: 1, monthly: 2, monthlyIndirect: 3 });
    expect(candidateCost(answers, 'c2')).toEqual({ initial: 9, monthly: null, monthlyIndirect: null });
    expect(candidateCost(answers, 'missing')).toEqual({ initial: null, monthly: null, monthlyIndirect: null });
  });

  it('lists the items that record facts: cost, provider, availability, certifications, support, export, contract', () => {
    expect(factItems(getTemplate('ipa-2011')!).map((i) => i.number)).toEqual([2, 9, 10, 11, 12, 13, 14]);
  });
});
