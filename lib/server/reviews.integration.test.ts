import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { AnswerConflict, getItemPage, saveAnswer } from './answers';
import { assignItems, myItems } from './assignments';
import { addCandidate, removeCandidate, updateCandidate } from './candidates';
import { addComment, decisionHistory, listComments } from './comments';
import { createDecision, getDashboard, getDecision, listDecisions, updateDecision } from './decisions';
import { AppError } from './errors';

let a: TestCompany;
let b: TestCompany;
let aDecision: string;
let aCandidate: string;
const decisionInput = (title: string) => ({
  title,
  scopeBusiness: '受発注業務',
  scopeInformation: '取引先の連絡先',
  needs: ['cut-overhead'],
  needsNote: '',
  importance: ['privacy'],
  importanceNote: '個人情報を含む' });
const candidateInput = (name: string) => ({ name, provider: 'Example KK', url: 'https://example.jp', category: 'SaaS', plan: 'Basic', priceNotes: '' });
const confirmed = { status: 'CONFIRMED', memo: 'ok' };

beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
  aDecision = (await createDecision(ctx(a.manager), decisionInput('会計ソフトの選定'))).id;
  aCandidate = (await addCandidate(ctx(a.itOwner), aDecision, candidateInput('クラウド会計A'))).id;
});

const snapshot = () =>
  owner(async (c) => ({
    decisions: (await c.query('SELECT id, title, version FROM decision WHERE company_id = $1 ORDER BY id', [a.companyId])).rows,
    candidates: (await c.query('SELECT id, name, version FROM candidate WHERE company_id = $1 ORDER BY id', [a.companyId])).rows,
    answers: (await c.query('SELECT id, memo, version FROM answer WHERE company_id = $1 ORDER BY id', [a.companyId])).rows,
    assignments: (await c.query('SELECT item_key, assignee_id FROM item_assignment WHERE company_id = $1 ORDER BY item_key', [a.companyId])).rows,
    comments: (await c.query('SELECT count(*)::int AS n FROM comment WHERE company_id = $1', [a.companyId])).rows[0].n }));

describe('decisions and candidates', () => {
  it('creates a decision pinned to the template and lists it with progress', async () => {
    const list = await listDecisions(ctx(a.itOwner));
    const found = list.find((d) => d.id === aDecision)!;
    expect(found).toMatchObject({ title: '会計ソフトの選定', itemCount: 14, status: 'DRAFT' });
    expect(found.candidates[0]).toMatchObject({ name: 'クラウド会計A', progress: { answered: 0, total: 14 } });
    const { decision } = await getDecision(ctx(a.advisor), aDecision);
    expect(decision).toMatchObject({ templateKey: 'ipa-2011', templateVersion: 1, needs: { selected: ['cut-overhead'] } });
    const { assignments } = await getDecision(ctx(a.manager), aDecision);
    expect(assignments).toHaveLength(14);
    expect(assignments.every((x) => x.assigneeId === a.manager.userId)).toBe(true); // the creator, until reassigned
 });

  it('refuses option keys the template does not know', async () => {
    await expect(createDecision(ctx(a.manager), { ...decisionInput('x'), needs: ['drop-table'] })).rejects.toBeInstanceOf(AppError);
 });

  it('updates with optimistic locking', async () => {
    const { id } = await createDecision(ctx(a.manager), decisionInput('楽観ロック'));
    await updateDecision(ctx(a.manager), id, 1, decisionInput('楽観ロック v2'));
    const stale = await updateDecision(ctx(a.itOwner), id, 1, decisionInput('古い版から')).catch((e: AppError) => e);
    expect((stale as AppError).code).toBe('CONFLICT');
    const row = await owner((c) => c.query('SELECT title, version FROM decision WHERE id = $1', [id]));
    expect(row.rows[0]).toEqual({ title: '楽観ロック v2', version: 2 });
 });

  it('limits candidates per decision (security.md 19)', async () => {
    const { id } = await createDecision(ctx(a.manager), decisionInput('上限'));
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => addCandidate(ctx(a.manager), id, candidateInput(`候補${i}`))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.every((r) => (r.reason as AppError).messageKey === 'tooManyCandidates')).toBe(true);
 });

  it('updates and removes a candidate (its answers go with it)', async () => {
    const { id } = await addCandidate(ctx(a.manager), aDecision, candidateInput('消す候補'));
    await updateCandidate(ctx(a.manager), id, 1, { ...candidateInput('消す候補'), plan: 'Pro' });
    await saveAnswer(ctx(a.manager), { decisionId: aDecision, candidateId: id, itemKey: 'item-01', expectedVersion: 0, input: confirmed });
    await removeCandidate(ctx(a.manager), id);
    const left = await owner((c) => c.query('SELECT count(*)::int AS n FROM answer WHERE candidate_id = $1', [id]));
    expect(left.rows[0].n).toBe(0);
 });

  it('lets advisors read but not write (security.md 5)', async () => {
    const before = await snapshot();
    await expect(createDecision(ctx(a.advisor), decisionInput('x'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addCandidate(ctx(a.advisor), aDecision, candidateInput('x'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveAnswer(ctx(a.advisor), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-01', expectedVersion: 0, input: confirmed })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(assignItems(ctx(a.advisor), aDecision, [{ itemKey: 'item-01', assigneeId: a.advisor.userId }])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot()).toEqual(before);
 });
});

describe('another company (security.md 1, 2, 22)', () => {
  it('gets NOT_FOUND for every read of A’s ids, like a missing id', async () => {
    for (const read of [
      () => getDecision(ctx(b.manager), aDecision),
      () => getItemPage(ctx(b.manager), aDecision, 'item-01'),
      () => listComments(ctx(b.manager), aDecision),
      () => decisionHistory(ctx(b.manager), aDecision),
      () => getDecision(ctx(b.manager), crypto.randomUUID()),
    ]) {
      await expect(read()).rejects.toMatchObject({ code: 'NOT_FOUND' });
 }
    expect((await listDecisions(ctx(b.manager))).map((d) => d.id)).not.toContain(aDecision);
 });

  it('is refused every write with A’s ids, and A is unchanged', async () => {
    const before = await snapshot();
    const attempts = [
      () => updateDecision(ctx(b.manager), aDecision, 1, decisionInput('乗っ取り')),
      () => addCandidate(ctx(b.manager), aDecision, candidateInput('x')),
      () => updateCandidate(ctx(b.manager), aCandidate, 1, candidateInput('x')),
      () => removeCandidate(ctx(b.manager), aCandidate),
      () => saveAnswer(ctx(b.manager), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-01', expectedVersion: 0, input: confirmed }),
      () => assignItems(ctx(b.manager), aDecision, [{ itemKey: 'item-01', assigneeId: b.manager.userId }]),
      () => addComment(ctx(b.manager), aDecision, {}, '見えていますか'),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
 });

  it('answers malformed ids with NOT_FOUND, never a crash', async () => {
    for (const bad of ['../x', '1 OR 1=1', 'x'.repeat(10_000), ['a'], { id: aDecision }, null, 42]) {
      await expect(getDecision(ctx(a.manager), bad)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(saveAnswer(ctx(a.manager), { decisionId: aDecision, candidateId: bad, itemKey: 'item-01', expectedVersion: 0, input: confirmed })).rejects.toMatchObject({ code: 'NOT_FOUND' });
 }
    await expect(getItemPage(ctx(a.manager), aDecision, 'item-99')).rejects.toMatchObject({ code: 'NOT_FOUND' });
 });
});

describe('answers', () => {
  it('round-trips difficult text exactly (security.md 20, 21)', async () => {
    const memo = '𠮷野 髙橋 👨‍👩‍👧‍👦 e\u0301 \u00e9 a\u200bb \u202eRTL <script>alert(1)</script> <img src=x onerror=alert(1)>';
    const saved = await saveAnswer(ctx(a.itOwner), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-02', expectedVersion: 0, input: { status: 'CONFIRMED', memo, facts: { initialCost: 100_000, monthlyCost: 5_000 } } });
    expect(saved.memo).toBe(memo);
    const stored = await owner((c) => c.query("SELECT memo FROM answer WHERE candidate_id = $1 AND item_key = 'item-02'", [aCandidate]));
    expect(stored.rows[0].memo).toBe(memo);
 });

  it('refuses invalid input with field errors and writes nothing (security.md 19, 23)', async () => {
    const before = await snapshot();
    for (const input of [
      { status: 'CONFIRMED', memo: 'あ'.repeat(1_000_000) },
      { status: 'CONCERN' },
      { memo: 'no status' },
      { status: 'CONFIRMED', memo: 7 },
      { status: 'CONFIRMED', companyId: b.companyId },
      JSON.parse('{"status":"CONFIRMED","__proto__":{"admin":true}}'),
    ]) {
      const err = await saveAnswer(ctx(a.itOwner), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-03', expectedVersion: 0, input }).catch((e: AppError) => e);
      expect((err as AppError).code).toBe('VALIDATION');
      expect((err as AppError).fieldErrors).toBeDefined();
 }
    expect(await snapshot()).toEqual(before);
 });

  it('tells the second of two editors that the answer changed, with the other version (security.md 12)', async () => {
    const first = await saveAnswer(ctx(a.itOwner), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-04', expectedVersion: 0, input: { status: 'CONFIRMED', memo: '最初' } });
    await saveAnswer(ctx(a.manager), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-04', expectedVersion: first.version, input: { status: 'CONFIRMED', memo: '経営層が更新' } });
    const err = await saveAnswer(ctx(a.itOwner), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-04', expectedVersion: first.version, input: { status: 'CONFIRMED', memo: '古い画面から' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnswerConflict);
    expect((err as AnswerConflict).current).toMatchObject({ memo: '経営層が更新', version: 2, updatedByName: a.manager.email.startsWith('manager') ? 'Alpha MANAGER' : expect.any(String) });
    const stored = await owner((c) => c.query("SELECT memo, version FROM answer WHERE candidate_id = $1 AND item_key = 'item-04'", [aCandidate]));
    expect(stored.rows[0]).toEqual({ memo: '経営層が更新', version: 2 });
 });

  it('loses no update under 50 concurrent editors (security.md 15)', async () => {
    const base = await saveAnswer(ctx(a.itOwner), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-05', expectedVersion: 0, input: { status: 'CONFIRMED', memo: 'base' } });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        saveAnswer(ctx(i % 2 ? a.itOwner : a.manager), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-05', expectedVersion: base.version, input: { status: 'CONFIRMED', memo: `writer ${i}` } }),
      ),
    );
    const won = outcomes.filter((o): o is PromiseFulfilledResult<Awaited<ReturnType<typeof saveAnswer>>> => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((o) => o.reason instanceof AnswerConflict)).toBe(true);
    const stored = await owner((c) => c.query("SELECT memo, version FROM answer WHERE candidate_id = $1 AND item_key = 'item-05'", [aCandidate]));
    expect(stored.rows[0]).toEqual({ memo: won[0]!.value.memo, version: base.version + 1 });
 });

  it('lets two first saves race safely: one creates, one is told', async () => {
    const outcomes = await Promise.allSettled(
      [a.itOwner, a.manager].map((m) => saveAnswer(ctx(m), { decisionId: aDecision, candidateId: aCandidate, itemKey: 'item-07', expectedVersion: 0, input: confirmed })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof AnswerConflict)).toHaveLength(1);
 });
});

describe('assignments, comments and history', () => {
  it('assigns items to IT owners and managers only, mails the assignee, and lists “my items”', async () => {
    await expect(assignItems(ctx(a.manager), aDecision, [{ itemKey: 'item-01', assigneeId: a.advisor.userId }])).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(assignItems(ctx(a.manager), aDecision, [{ itemKey: 'item-01', assigneeId: b.itOwner.userId }])).rejects.toMatchObject({ code: 'VALIDATION' });
    await assignItems(ctx(a.manager), aDecision, ['item-01', 'item-02', 'item-09'].map((itemKey) => ({ itemKey, assigneeId: a.itOwner.userId })));
    const mails = await owner((c) => c.query('SELECT subject, text FROM mail_outbox WHERE "to" = $1', [a.itOwner.email]));
    expect(mails.rows).toHaveLength(1);
    expect(mails.rows[0].text).toContain('1, 2, 9');
    const mine = await myItems(ctx(a.itOwner));
    expect(mine.map((m) => m.itemNumber).sort((x, y) => x - y)).toEqual([1, 2, 9]);
    expect((await myItems(ctx(a.manager))).filter((m) => m.decisionId === aDecision)).toHaveLength(11);
    expect(mine.find((m) => m.itemNumber === 2)?.progress).toEqual({ answered: 1, total: 1 });
    expect(await myItems(ctx(b.itOwner))).toEqual([]);
    // The dashboard counts the same items in its one query, and sees nothing of the other company.
    const open = mine.filter((m) => m.progress.answered < m.progress.total).length;
    expect((await getDashboard(ctx(a.itOwner))).myItems).toEqual({ total: 3, open });
    const other = await getDashboard(ctx(b.itOwner));
    expect(other.myItems).toEqual({ total: 0, open: 0 });
    expect(other.decisions.map((d) => d.id)).not.toContain(aDecision);
 });

  it('lets advisors comment, and shows comments and the history timeline', async () => {
    await addComment(ctx(a.advisor), aDecision, { itemKey: 'item-02' }, '税理士として: 月額費用の税区分を確認しましょう');
    await expect(addComment(ctx(a.advisor), aDecision, { itemKey: 'item-99' }, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const comments = await listComments(ctx(a.manager), aDecision, 'item-02');
    expect(comments.map((c) => [c.authorName, c.body])).toEqual([['Alpha ADVISOR', '税理士として: 月額費用の税区分を確認しましょう']]);
    const history = await decisionHistory(ctx(a.manager), aDecision);
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['decision.created', 'candidate.added', 'answer.saved', 'items.assigned', 'comment.added']));
 });
});
