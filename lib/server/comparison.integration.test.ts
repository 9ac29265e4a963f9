import { beforeAll, describe, expect, it } from 'vitest';
import { factItems } from '@/lib/domain/comparison';
import { BOM } from '@/lib/domain/csv';
import { createCompany, ctx, type TestCompany } from '@/tests/fixtures';
import { saveAnswer } from './answers';
import { addCandidate } from './candidates';
import { getComparison } from './comparison';
import { comparisonCsv } from './csv/comparison-csv';
import { createDecision } from './decisions';

let a: TestCompany;
let b: TestCompany;
let decisionId: string;
let first: string;
let second: string;
const decisionInput = { title: '会計ソフトの選定', scopeBusiness: '経理', scopeInformation: '仕訳', needs: [], needsNote: '', importance: [], importanceNote: '' };
const candidate = (name: string) => ({ name, provider: 'Example KK', url: '', category: 'SaaS', plan: '', priceNotes: '' });
const save = (candidateId: string, itemKey: string, input: unknown) => saveAnswer(ctx(a.itOwner), { decisionId, candidateId, itemKey, expectedVersion: 0, input });

beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
  decisionId = (await createDecision(ctx(a.manager), decisionInput)).id;
  first = (await addCandidate(ctx(a.manager), decisionId, candidate('クラウド会計𠮷'))).id;
  second = (await addCandidate(ctx(a.manager), decisionId, candidate('=cmd|calc'))).id;
  await save(first, 'item-02', { status: 'CONFIRMED', memo: '見積書 "A" を確認', facts: { initialCost: 100_000, monthlyCost: 20_000 } });
  await save(first, 'item-10', { status: 'CONFIRMED', memo: '', facts: { availabilityPercent: 99.9, availabilityPeriod: 'month' } });
  await save(second, 'item-07', {
    status: 'CONCERN',
    memo: '=1+1',
    riskAcceptable: false,
    riskReason: '再発行の手順がない',
    riskMitigation: '別サービスを検討',
  });
});

describe('getComparison', () => {
  it('returns candidates in order with progress and every answer of the decision', async () => {
    const data = await getComparison(ctx(a.advisor), decisionId);
    expect(data.decision).toMatchObject({ id: decisionId, title: '会計ソフトの選定' });
    expect(data.candidates.map((c) => c.name)).toEqual(['クラウド会計𠮷', '=cmd|calc']);
    expect(data.candidates[0]!.progress).toMatchObject({ answered: 2, total: 14 });
    expect(data.candidates[1]!.progress.openRisksByGroup).toEqual({ A: 0, B: 1, C: 0 });
    expect(data.answers).toHaveLength(3);
    expect(data.answers.find((x) => x.itemKey === 'item-02')!.facts).toEqual({ initialCost: 100_000, monthlyCost: 20_000 });
  });

  it('is NOT_FOUND for another company, a malformed id and a missing id alike', async () => {
    for (const id of [decisionId, 'not-a-uuid', '00000000-0000-4000-8000-000000000000', undefined]) {
      await expect(getComparison(ctx(b.manager), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(getComparison(ctx(a.manager), 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sees only its own company (another company with a decision gets only its own)', async () => {
    const own = (await createDecision(ctx(b.manager), { ...decisionInput, title: 'Beta案件' })).id;
    const data = await getComparison(ctx(b.manager), own);
    expect(data.candidates).toEqual([]);
    expect(data.answers).toEqual([]);
  });
});

describe('comparisonCsv', () => {
  it('writes Japanese headers, full memos, risk decisions and the comparison table, safe for Excel', async () => {
    const data = await getComparison(ctx(a.manager), decisionId);
    const { template } = data;
    const csv = comparisonCsv(data, 'ja');
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('区分,番号,チェック項目,候補,確認結果,メモ,リスクの判断,判断の理由,対策・代わりの手段,記録した値');
    const factRows = factItems(template).reduce((n, i) => n + i.facts.length + (i.key === 'item-10' ? 1 : 0), 0);
    // header + 14 items × 2 candidates, blank, section title, table header, answered, 3 groups, figures, final CRLF
    expect(lines).toHaveLength(1 + 28 + 1 + 1 + 1 + 1 + 3 + factRows + 1);
    expect(lines[29]).toBe('');
    expect(lines[30]).toBe('比較表');
    expect(csv).toContain(`"見積書 ""A"" を確認"`);
    expect(csv).toContain(`B,7,パスワード,'=cmd|calc,未確認・懸念あり,'=1+1,リスクは受け入れられない,再発行の手順がない,別サービスを検討,`);
    expect(csv).toContain('1か月あたり 約43分50秒');
    expect(csv).toContain(',回答済みの項目,2/14,1/14');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes English when asked', async () => {
    const csv = comparisonCsv(await getComparison(ctx(a.manager), decisionId), 'en');
    expect(csv.slice(1).split('\r\n')[0]).toBe('Group,No.,Check item,Candidate,Result,Memo,Risk decision,Reason,Mitigation or alternative,Recorded figures');
    expect(csv).toContain('Initial cost: 100,000 yen');
  });
});
