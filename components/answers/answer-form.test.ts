import { describe, expect, it } from 'vitest';
import { ipa2011 } from '@/lib/domain/checklist/ipa-2011';
import { validateAnswer } from '@/lib/schemas/answer';
import { downtimeFor, factsFromValues, inputFromValues, parseNumber, sameValues, toggleKey, valuesFromAnswer } from './answer-form';
import type { AnswerSnapshot } from './answer-snapshot';

const item = (n: number) => ipa2011.items[n - 1]!;
const saved = (over: Partial<AnswerSnapshot>): AnswerSnapshot => ({
  version: 3,
  updatedAt: '2026-12-04T11:00:00.000Z',
  updatedByName: '山田 太郎',
  status: 'CONFIRMED',
  memo: '',
  subPoints: [],
  facts: {},
  riskAcceptable: null,
  riskReason: '',
  riskMitigation: '',
  ...over,
});

describe('parseNumber', () => {
  it('reads numbers the way people type them', () => {
    expect(parseNumber('100000', true)).toBe(100000);
    expect(parseNumber('100,000円', true)).toBe(100000);
    expect(parseNumber('１００，０００', true)).toBe(100000);
    expect(parseNumber(' 99.9 % ', false)).toBe(99.9);
    expect(parseNumber('９９．９５', false)).toBe(99.95);
  });

  it('returns null for anything else, so the raw text reaches the server and is refused there', () => {
    expect(parseNumber('1.5', true)).toBeNull();
    expect(parseNumber('abc', true)).toBeNull();
    expect(parseNumber('1e3', true)).toBeNull();
    expect(parseNumber('99.9.9', false)).toBeNull();
    expect(parseNumber('', false)).toBeNull();
  });
});

describe('form values <-> answer', () => {
  it('starts empty, with one entry per fact in template order', () => {
    const v = valuesFromAnswer(item(2), null);
    expect(v).toMatchObject({ status: '', memo: '', subPoints: [], riskAcceptable: '' });
    expect(Object.keys(v.facts)).toEqual(['initialCost', 'monthlyCost', 'monthlyIndirectCost', 'users', 'pricingModel']);
    expect(Object.values(v.facts).every((f) => f === '')).toBe(true);
  });

  it('round-trips every fact kind through the form and validates', () => {
    const facts = {
      availabilityPercent: 99.95,
      availabilityPeriod: 'month',
      compensation: false,
      recoveryTargetMinutes: 240,
      statusDashboard: true,
    };
    const answer = saved({ status: 'CONCERN', memo: '𠮷 👨‍👩‍👧‍👦\n2行目', facts, subPoints: ['dashboard', 'planned-notice'], riskAcceptable: false, riskReason: '理由', riskMitigation: '対策' });
    const values = valuesFromAnswer(item(10), answer);
    expect(values.facts).toMatchObject({ availabilityPercent: '99.95', compensation: 'false', statusDashboard: 'true', maintenanceNoticeDays: '' });
    expect(values.subPoints).toEqual(['planned-notice', 'dashboard']);
    const input = inputFromValues(item(10), values);
    expect(input.facts).toEqual(facts);
    const checked = validateAnswer(item(10), input);
    expect(checked.ok && checked.value).toMatchObject({ memo: '𠮷 👨‍👩‍👧‍👦\n2行目', riskAcceptable: false, facts });
  });

  it('sends multi-enum ticks in template order and leaves unticked ones out (unknown)', () => {
    const values = valuesFromAnswer(item(11), saved({ facts: { certifications: ['soc2', 'isms'] } }));
    expect(values.facts.certifications).toEqual(['isms', 'soc2']);
    expect(factsFromValues(item(11), { certifications: [], otherCertifications: '  ' })).toEqual({});
    expect(factsFromValues(item(11), { certifications: ['pmark'], otherCertifications: ' 自社基準 ' })).toEqual({ certifications: ['pmark'], otherCertifications: ' 自社基準 ' });
  });

  it('sends unparseable numbers as typed so the server reports the field', () => {
    const values = { ...valuesFromAnswer(item(2), null), status: 'CONFIRMED' as const };
    values.facts = { ...values.facts, initialCost: '十万円', monthlyCost: '5,000円', users: '' };
    const input = inputFromValues(item(2), values);
    expect(input.facts).toEqual({ initialCost: '十万円', monthlyCost: 5000 });
    const checked = validateAnswer(item(2), input);
    expect(checked.ok ? null : checked.fieldErrors).toEqual({ 'facts.initialCost': ['invalidFact'] });
  });

  it('sends the risk decision only for 未確認・懸念あり, and leaves status out when none is chosen', () => {
    const base = { ...valuesFromAnswer(item(5), null), riskAcceptable: 'yes' as const, riskReason: 'r', riskMitigation: 'm' };
    expect(inputFromValues(item(5), { ...base, status: 'CONFIRMED' })).toMatchObject({ riskAcceptable: null, riskReason: '', riskMitigation: '' });
    expect(inputFromValues(item(5), { ...base, status: 'CONCERN' })).toMatchObject({ riskAcceptable: true, riskReason: 'r', riskMitigation: 'm' });
    expect(inputFromValues(item(5), { ...base, status: 'CONCERN', riskAcceptable: '' }).riskAcceptable).toBeNull();
    const none = inputFromValues(item(5), base);
    expect('status' in none).toBe(false);
    expect(validateAnswer(item(5), none)).toEqual({ ok: false, fieldErrors: { status: ['chooseStatus'] } });
  });

  it('compares forms and keeps ticked keys in template order', () => {
    const order = item(1).subPoints.map((s) => s.key);
    const ticked = toggleKey(toggleKey([], 'impact', true, order), 'burden', true, order);
    expect(ticked).toEqual(['burden', 'impact']);
    expect(toggleKey(ticked, 'burden', false, order)).toEqual(['impact']);
    const a = valuesFromAnswer(item(1), saved({ subPoints: ['impact', 'burden'] }));
    expect(sameValues(a, { ...valuesFromAnswer(item(1), null), status: 'CONFIRMED', subPoints: ticked })).toBe(true);
    expect(sameValues(a, { ...a, memo: 'x' })).toBe(false);
  });
});

describe('downtimeFor', () => {
  const facts = (percent: string, period = '') => ({ ...valuesFromAnswer(item(10), null).facts, availabilityPercent: percent, availabilityPeriod: period });

  it('gives the guide’s figures for 99.9%', () => {
    expect(downtimeFor(item(10), facts('99.9', 'year'))).toEqual([{ period: 'year', seconds: 8 * 3600 + 45 * 60 + 36 }]);
    expect(downtimeFor(item(10), facts('99.9', 'month'))).toEqual([{ period: 'month', seconds: 43 * 60 + 50 }]);
  });

  it('shows both periods until the period is chosen, and works on stored facts', () => {
    expect(downtimeFor(item(10), facts('99.9'))?.map((r) => r.period)).toEqual(['month', 'year']);
    expect(downtimeFor(item(10), { availabilityPercent: 100, availabilityPeriod: 'month' })).toEqual([{ period: 'month', seconds: 0 }]);
  });

  it('is null without a usable percentage or for items without availability', () => {
    expect(downtimeFor(item(10), facts(''))).toBeNull();
    expect(downtimeFor(item(10), facts('abc'))).toBeNull();
    expect(downtimeFor(item(10), facts('101'))).toBeNull();
    expect(downtimeFor(item(2), { initialCost: '100' })).toBeNull();
  });
});
