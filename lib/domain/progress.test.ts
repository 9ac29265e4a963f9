import { describe, expect, it } from 'vitest';
import { ipa2011 } from './checklist/ipa-2011';
import { candidateProgress, isOpenRisk, itemProgress, type AnswerLite } from './progress';

const a = (candidateId: string, n: number, status: AnswerLite['status'], riskAcceptable: boolean | null = null): AnswerLite => ({
  candidateId,
  itemKey: `item-${String(n).padStart(2, '0')}`,
  status,
  riskAcceptable,
});

describe('candidateProgress', () => {
  const answers = [
    a('x', 1, 'CONFIRMED'),
    a('x', 2, 'CONCERN'), // group A, undecided
    a('x', 6, 'CONCERN', false), // group B, not acceptable
    a('x', 10, 'CONCERN', true), // group C, accepted: closed
    a('x', 13, 'NOT_APPLICABLE'),
    a('y', 1, 'CONCERN'),
    { ...a('x', 1, 'CONFIRMED'), itemKey: 'item-99' }, // not in the template
  ];

  it('counts answered items out of the template’s 14', () => {
    const p = candidateProgress(ipa2011, 'x', answers);
    expect(p.answered).toBe(5);
    expect(p.total).toBe(14);
    expect(p.byStatus).toEqual({ CONFIRMED: 1, CONCERN: 3, NOT_APPLICABLE: 1 });
  });

  it('counts open risks per group; an accepted risk is closed', () => {
    const p = candidateProgress(ipa2011, 'x', answers);
    expect(p.openRisksByGroup).toEqual({ A: 1, B: 1, C: 0 });
    expect(p.risks).toEqual({ undecided: 1, notAcceptable: 1, accepted: 1 });
  });

  it('is empty for a candidate without answers', () => {
    const p = candidateProgress(ipa2011, 'z', answers);
    expect(p.answered).toBe(0);
    expect(p.openRisksByGroup).toEqual({ A: 0, B: 0, C: 0 });
  });
});

describe('isOpenRisk', () => {
  it('is open only for concerns not accepted', () => {
    expect(isOpenRisk({ status: 'CONCERN', riskAcceptable: null })).toBe(true);
    expect(isOpenRisk({ status: 'CONCERN', riskAcceptable: false })).toBe(true);
    expect(isOpenRisk({ status: 'CONCERN', riskAcceptable: true })).toBe(false);
    expect(isOpenRisk({ status: 'CONFIRMED', riskAcceptable: null })).toBe(false);
  });
});

describe('itemProgress', () => {
  it('counts candidates that answered the item, ignoring removed candidates', () => {
    const answers = [a('x', 3, 'CONFIRMED'), a('y', 3, 'CONCERN'), a('gone', 3, 'CONFIRMED')];
    expect(itemProgress('item-03', ['x', 'y', 'z'], answers)).toEqual({ answered: 2, total: 3 });
  });
});
