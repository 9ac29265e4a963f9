import { describe, expect, it } from 'vitest';
import { ipa2011 } from '@/lib/domain/checklist/ipa-2011';
import { validateAnswer } from './answer';

const item = (n: number) => ipa2011.items[n - 1]!;

describe('validateAnswer', () => {
  it('accepts a confirmed answer with a memo, ticked sub-points and facts', () => {
    const item10 = item(10);
    const result = validateAnswer(item10, {
      status: 'CONFIRMED',
      memo: '𠮷 SLA 99.9% 👍',
      subPoints: [item10.subPoints[0]!.key],
      facts: { availabilityPercent: 99.9, availabilityPeriod: 'month' },
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'CONFIRMED', memo: '𠮷 SLA 99.9% 👍', riskAcceptable: null } });
  });

  it('requires the full risk decision for an item not confirmed', () => {
    const result = validateAnswer(item(6), { status: 'CONCERN', memo: '' });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        riskAcceptable: ['riskDecisionRequired'],
        riskReason: ['riskReasonRequired'],
        riskMitigation: ['riskMitigationRequired'],
      },
    });
    const ok = validateAnswer(item(6), {
      status: 'CONCERN',
      riskAcceptable: false,
      riskReason: '退職者のアカウント削除手順がない',
      riskMitigation: '月次で棚卸しする',
    });
    expect(ok.ok).toBe(true);
  });

  it('clears risk fields when the item is no longer a concern', () => {
    const result = validateAnswer(item(6), { status: 'CONFIRMED', riskAcceptable: true, riskReason: 'x', riskMitigation: 'y' });
    expect(result).toMatchObject({ ok: true, value: { riskAcceptable: null, riskReason: '', riskMitigation: '' } });
  });

  it('refuses unknown sub-points, unknown facts, bad fact values and extra fields', () => {
    const bad = validateAnswer(item(10), {
      status: 'CONFIRMED',
      subPoints: ['no-such-point'],
      facts: { availabilityPercent: 120, __proto__: { polluted: true } },
      companyId: 'someone-else',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.fieldErrors.subPoints).toEqual(['invalid']);
    expect(bad.fieldErrors['facts.availabilityPercent']).toEqual(['invalidFact']);
    expect(bad.fieldErrors._form).toEqual(['invalid']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('limits the memo and refuses NUL, in the memo and in facts', () => {
    expect(validateAnswer(item(1), { status: 'CONFIRMED', memo: 'あ'.repeat(5001) })).toMatchObject({ ok: false, fieldErrors: { memo: ['tooLong'] } });
    expect(validateAnswer(item(1), { status: 'CONFIRMED', memo: 'a\u0000' })).toMatchObject({ ok: false, fieldErrors: { memo: ['invalidCharacters'] } });
    const withText = item(14).facts.find((f) => f.kind === 'text')!;
    expect(validateAnswer(item(14), { status: 'CONFIRMED', facts: { [withText.key]: 'x\u0000' } }).ok).toBe(false);
  });

  it('refuses a missing or unknown status and wrong types', () => {
    expect(validateAnswer(item(1), {})).toMatchObject({ ok: false, fieldErrors: { status: ['chooseStatus'] } });
    expect(validateAnswer(item(1), { status: 'DONE' })).toMatchObject({ ok: false, fieldErrors: { status: ['chooseStatus'] } });
    expect(validateAnswer(item(1), { status: 'CONFIRMED', memo: 42 }).ok).toBe(false);
    expect(validateAnswer(item(1), null).ok).toBe(false);
  });
});
