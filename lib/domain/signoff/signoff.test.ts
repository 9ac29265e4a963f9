import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ipa2011 } from '../checklist/ipa-2011';
import { approvalBlockers } from './approval';
import { canonicalSnapshot, SNAPSHOT_SCHEMA, type DecisionSnapshot } from './snapshot';
import { isEditable, nextStatus, type DecisionStatus, type SignOffEvent } from './state-machine';

describe('nextStatus', () => {
  const allowed: [DecisionStatus, SignOffEvent, 'MANAGER' | 'IT_OWNER', DecisionStatus][] = [
    ['DRAFT', 'submit', 'IT_OWNER', 'SUBMITTED'],
    ['RETURNED', 'submit', 'MANAGER', 'SUBMITTED'],
    ['SUBMITTED', 'confirm', 'IT_OWNER', 'CONFIRMED'],
    ['CONFIRMED', 'approve', 'MANAGER', 'APPROVED'],
    ['CONFIRMED', 'reject', 'MANAGER', 'REJECTED'],
    ['SUBMITTED', 'return', 'MANAGER', 'RETURNED'],
    ['CONFIRMED', 'return', 'MANAGER', 'RETURNED'],
    ['APPROVED', 'reopen', 'IT_OWNER', 'DRAFT'],
    ['REJECTED', 'reopen', 'MANAGER', 'DRAFT'],
  ];
  it.each(allowed)('%s --%s (%s)--> %s', (from, event, role, to) => {
    expect(nextStatus(from, event, role)).toEqual({ ok: true, to });
  });

  it('refuses the wrong role for each signature (security.md 5)', () => {
    expect(nextStatus('SUBMITTED', 'confirm', 'MANAGER')).toEqual({ ok: false, reason: 'wrongRole' });
    expect(nextStatus('CONFIRMED', 'approve', 'IT_OWNER')).toEqual({ ok: false, reason: 'wrongRole' });
    expect(nextStatus('DRAFT', 'submit', 'ADVISOR')).toEqual({ ok: false, reason: 'wrongRole' });
    expect(nextStatus('SUBMITTED', 'return', 'IT_OWNER')).toEqual({ ok: false, reason: 'wrongRole' });
  });

  it('refuses out-of-order steps', () => {
    expect(nextStatus('DRAFT', 'approve', 'MANAGER')).toEqual({ ok: false, reason: 'wrongState' });
    expect(nextStatus('SUBMITTED', 'approve', 'MANAGER')).toEqual({ ok: false, reason: 'wrongState' });
    expect(nextStatus('APPROVED', 'confirm', 'IT_OWNER')).toEqual({ ok: false, reason: 'wrongState' });
    expect(nextStatus('APPROVED', 'return', 'MANAGER')).toEqual({ ok: false, reason: 'wrongState' });
    expect(nextStatus('CONFIRMED', 'submit', 'MANAGER')).toEqual({ ok: false, reason: 'wrongState' });
  });

  it('lets content change only in DRAFT and RETURNED', () => {
    expect((['DRAFT', 'RETURNED', 'SUBMITTED', 'CONFIRMED', 'APPROVED', 'REJECTED'] as const).filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
  });
});

const snapshot = (over: Partial<DecisionSnapshot> = {}): DecisionSnapshot => ({
  schema: SNAPSHOT_SCHEMA,
  company: { id: 'c', name: '雲の上商事' },
  decision: {
    id: 'd', title: '会計ソフト', revision: 1, scopeBusiness: '請求\r\n入金', scopeInformation: '', template: { key: 'ipa-2011', version: 1 },
    needs: { selected: ['a'], note: '' }, infoImportance: { selected: [], note: '' },
  },
  candidates: [
    { id: 'x', position: 1, name: 'A', provider: '', url: '', category: '', plan: '', priceNotes: '' },
    { id: 'y', position: 2, name: 'B', provider: '', url: '', category: '', plan: '', priceNotes: '' },
  ],
  answers: [
    { candidateId: 'y', itemKey: 'item-01', status: 'CONFIRMED', memo: 'e\u0301 𠮷', facts: { b: 1, a: 2 }, subPoints: [], riskAcceptable: null, riskReason: '', riskMitigation: '', updatedByName: 'x', updatedAt: '2026-12-04T00:00:00.000Z' },
    { candidateId: 'x', itemKey: 'item-02', status: 'CONFIRMED', memo: '', facts: {}, subPoints: [], riskAcceptable: null, riskReason: '', riskMitigation: '', updatedByName: 'x', updatedAt: '2026-12-04T00:00:00.000Z' },
  ],
  ...over,
});
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('canonicalSnapshot', () => {
  it('is stable whatever the key and row order, line ends or Unicode form', () => {
    const a = snapshot();
    const b = snapshot({ candidates: [...a.candidates].reverse(), answers: [...a.answers].reverse() });
    const c = JSON.parse(JSON.stringify(a)) as DecisionSnapshot;
    c.decision.scopeBusiness = '請求\n入金';
    c.answers[0]!.memo = '\u00e9 𠮷';
    c.answers[0]!.facts = { a: 2, b: 1 };
    expect(sha(canonicalSnapshot(b))).toBe(sha(canonicalSnapshot(a)));
    expect(sha(canonicalSnapshot(c))).toBe(sha(canonicalSnapshot(a)));
  });

  it('changes with any content', () => {
    const changed = snapshot();
    changed.answers[1]!.memo = ' ';
    expect(sha(canonicalSnapshot(changed))).not.toBe(sha(canonicalSnapshot(snapshot())));
  });

  it('orders answers by candidate position, then item', () => {
    const parsed = JSON.parse(canonicalSnapshot(snapshot())) as DecisionSnapshot;
    expect(parsed.answers.map((x) => `${x.candidateId}/${x.itemKey}`)).toEqual(['x/item-02', 'y/item-01']);
    expect(Object.keys(parsed)).toEqual(['answers', 'candidates', 'company', 'decision', 'schema']);
  });
});

describe('approvalBlockers', () => {
  it('lists unanswered items and concerns without a risk decision', () => {
    const answers = ipa2011.items.slice(0, 13).map((i) => ({ candidateId: 'x', itemKey: i.key, status: 'CONFIRMED' as const, riskAcceptable: null }));
    answers[4] = { ...answers[4]!, status: 'CONCERN' as never, riskAcceptable: null };
    expect(approvalBlockers(ipa2011, answers, 'x')).toEqual([
      { itemKey: 'item-05', number: 5, problem: 'riskUndecided' },
      { itemKey: 'item-14', number: 14, problem: 'unanswered' },
    ]);
    expect(approvalBlockers(ipa2011, answers, 'other')).toHaveLength(14);
  });
});
