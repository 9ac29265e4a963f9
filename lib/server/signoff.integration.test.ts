import { beforeAll, describe, expect, it } from 'vitest';
import { ipa2011 } from '@/lib/domain/checklist/ipa-2011';
import { asApp, createCompany, ctx, owner, type TestCompany } from '@/tests/fixtures';
import { saveAnswer } from './answers';
import { addCandidate } from './candidates';
import { createDecision, getDecision } from './decisions';
import { AppError } from './errors';
import { approveRevision, confirmRevision, getSignOffState, rejectRevision, returnRevision, sha256, submitForSignOff } from './signoff';
import { unsafeVerifyHash } from './verify';

let a: TestCompany;
let b: TestCompany;
const input = { title: 'グループウェアの選定', scopeBusiness: '社内の予定共有', scopeInformation: '予定と会議室', needs: [], needsNote: '', importance: [], importanceNote: '' };
const cand = (name: string) => ({ name, provider: '', url: '', category: '', plan: '', priceNotes: '' });

beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});

/** A decision whose first candidate has all 14 items answered (one a concern with its risk decision). */
async function readyDecision(company: TestCompany) {
  const { id } = await createDecision(ctx(company.manager), input);
  const full = await addCandidate(ctx(company.manager), id, cand('全部回答した候補 𠮷'));
  const partial = await addCandidate(ctx(company.manager), id, cand('途中の候補'));
  for (const item of ipa2011.items) {
    const answer = item.number === 6
      ? { status: 'CONCERN', memo: '手順がない', riskAcceptable: true, riskReason: '少人数', riskMitigation: '退職時に確認' }
      : { status: 'CONFIRMED', memo: `項目${item.number}を確認` };
    await saveAnswer(ctx(company.itOwner), { decisionId: id, candidateId: full.id, itemKey: item.key, expectedVersion: 0, input: answer });
  }
  await saveAnswer(ctx(company.itOwner), { decisionId: id, candidateId: partial.id, itemKey: 'item-01', expectedVersion: 0, input: { status: 'CONFIRMED' } });
  return { id, full: full.id, partial: partial.id };
}

async function signedDecision(company: TestCompany) {
  const d = await readyDecision(company);
  await submitForSignOff(ctx(company.itOwner), { decisionId: d.id, revision: 1 });
  await confirmRevision(ctx(company.itOwner), { decisionId: d.id, revision: 1 }, 'IT担当 一郎');
  const { hash } = await approveRevision(ctx(company.manager), { decisionId: d.id, revision: 1, chosenCandidateId: d.full }, '経営 花子');
  return { ...d, hash };
}

describe('sign-off', () => {
  it('freezes the revision with its hash and both signatures, and verifies publicly', async () => {
    const d = await signedDecision(a);
    const state = await getSignOffState(ctx(a.advisor), d.id);
    expect(state).toMatchObject({ status: 'APPROVED', revision: 1 });
    expect(state.signOffs.map((s) => [s.role, s.signerName, s.verdict])).toEqual([['IT_OWNER', 'IT担当 一郎', null], ['MANAGER', '経営 花子', 'APPROVED']]);
    const stored = await owner((c) => c.query('SELECT canonical, hash FROM revision_snapshot WHERE decision_id = $1', [d.id]));
    expect(sha256(stored.rows[0].canonical)).toBe(stored.rows[0].hash);
    expect(stored.rows[0].hash).toBe(d.hash);
    expect(stored.rows[0].canonical).toContain('全部回答した候補 𠮷');
    const v = await unsafeVerifyHash(d.hash.toUpperCase());
    expect(v).toMatchObject({ companyName: a.name, decisionTitle: input.title, revision: 1, verdict: 'APPROVED', chosenCandidate: '全部回答した候補 𠮷' });
    expect(v?.signatures.map((s) => s.name)).toEqual(['IT担当 一郎', '経営 花子']);
  });

  it('reveals nothing for an unknown, malformed or not yet signed hash', async () => {
    expect(await unsafeVerifyHash('0'.repeat(64))).toBeNull();
    expect(await unsafeVerifyHash("' OR 1=1 --")).toBeNull();
    const d = await readyDecision(a);
    const { hash } = await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 1 });
    expect(await unsafeVerifyHash(hash)).toBeNull();
  });

  it('refuses the wrong role for each step (security.md 5)', async () => {
    const d = await readyDecision(a);
    await expect(submitForSignOff(ctx(a.advisor), { decisionId: d.id, revision: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 1 });
    await expect(confirmRevision(ctx(a.manager), { decisionId: d.id, revision: 1 }, 'x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveRevision(ctx(a.itOwner), { decisionId: d.id, revision: 1, chosenCandidateId: d.full }, 'x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveRevision(ctx(a.manager), { decisionId: d.id, revision: 1, chosenCandidateId: d.full }, 'x')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await owner((c) => c.query('SELECT count(*)::int AS n FROM sign_off WHERE decision_id = $1', [d.id]))).toMatchObject({ rows: [{ n: 0 }] });
  });

  it('refuses approval of a candidate with unanswered items, and says so', async () => {
    const d = await readyDecision(a);
    await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 1 });
    await confirmRevision(ctx(a.itOwner), { decisionId: d.id, revision: 1 }, 'x');
    const err = await approveRevision(ctx(a.manager), { decisionId: d.id, revision: 1, chosenCandidateId: d.partial }, 'x').catch((e: AppError) => e);
    expect(err).toMatchObject({ code: 'VALIDATION', messageKey: 'approvalBlocked' });
    await expect(approveRevision(ctx(a.manager), { decisionId: d.id, revision: 1, chosenCandidateId: b.companyId }, 'x')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('makes a signed revision immutable: data layer, raw SQL as the app role, even the owner (security.md 11)', async () => {
    const d = await signedDecision(a);
    const before = await owner((c) => c.query('SELECT memo, version FROM answer WHERE candidate_id = $1 ORDER BY item_key', [d.full]));
    for (const sql of [
      `UPDATE answer SET memo = 'x' WHERE candidate_id = '${d.full}'`,
      `DELETE FROM candidate WHERE id = '${d.partial}'`,
      `UPDATE decision SET title = 'x' WHERE id = '${d.id}'`,
      `UPDATE revision_snapshot SET canonical = 'x' WHERE decision_id = '${d.id}'`,
      `DELETE FROM sign_off WHERE decision_id = '${d.id}'`,
    ]) {
      await expect(
        asApp(async (c) => {
          await c.query('BEGIN');
          await c.query("SELECT set_config('app.company_id', $1, true)", [a.companyId]);
          await c.query(sql);
          await c.query('COMMIT');
        }),
      ).rejects.toThrow(/immutable|cannot be edited|permission denied/);
    }
    await expect(owner((c) => c.query(`UPDATE revision_snapshot SET canonical = 'x' WHERE decision_id = $1`, [d.id]))).rejects.toThrow(/immutable/);
    expect(await owner((c) => c.query('SELECT memo, version FROM answer WHERE candidate_id = $1 ORDER BY item_key', [d.full]))).toMatchObject({ rows: before.rows });
    expect(await unsafeVerifyHash(d.hash)).not.toBeNull();
  });

  it('opens revision 2 when a signed decision is edited; the old signatures stay with revision 1', async () => {
    const d = await signedDecision(a);
    await saveAnswer(ctx(a.itOwner), { decisionId: d.id, candidateId: d.partial, itemKey: 'item-02', expectedVersion: 0, input: { status: 'CONFIRMED', memo: '承認後の追記' } });
    const state = await getSignOffState(ctx(a.manager), d.id);
    expect(state).toMatchObject({ status: 'DRAFT', revision: 2 });
    expect(state.signOffs.every((s) => s.revision === 1)).toBe(true);
    expect(await unsafeVerifyHash(d.hash)).toMatchObject({ revision: 1 });
  });

  it('refuses to sign a revision that is no longer current (security.md 13)', async () => {
    const d = await readyDecision(a);
    await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 1 });
    await returnRevision(ctx(a.manager), { decisionId: d.id, revision: 1, comment: '項目3をもう一度確認してください' });
    await expect(confirmRevision(ctx(a.itOwner), { decisionId: d.id, revision: 1 }, 'x')).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'revisionNotCurrent' });
    await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 2 });
    await confirmRevision(ctx(a.itOwner), { decisionId: d.id, revision: 2 }, 'x');
    await rejectRevision(ctx(a.manager), { decisionId: d.id, revision: 2, comment: 'どの候補も見送る' }, 'y');
    expect(await getSignOffState(ctx(a.manager), d.id)).toMatchObject({ status: 'REJECTED', revision: 2 });
  });

  it('records exactly one signature for 20 parallel identical confirmations (security.md 14)', async () => {
    const d = await readyDecision(a);
    await submitForSignOff(ctx(a.itOwner), { decisionId: d.id, revision: 1 });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => confirmRevision(ctx(a.itOwner), { decisionId: d.id, revision: 1 }, 'x')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason instanceof AppError)).toBe(true);
    expect(await owner((c) => c.query('SELECT count(*)::int AS n FROM sign_off WHERE decision_id = $1', [d.id]))).toMatchObject({ rows: [{ n: 1 }] });
  });

  it('gives another company NOT_FOUND for every step, and changes nothing', async () => {
    const d = await readyDecision(a);
    const attempts = [
      () => submitForSignOff(ctx(b.itOwner), { decisionId: d.id, revision: 1 }),
      () => confirmRevision(ctx(b.itOwner), { decisionId: d.id, revision: 1 }, 'x'),
      () => approveRevision(ctx(b.manager), { decisionId: d.id, revision: 1, chosenCandidateId: d.full }, 'x'),
      () => returnRevision(ctx(b.manager), { decisionId: d.id, revision: 1, comment: 'x' }),
      () => getSignOffState(ctx(b.manager), d.id),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getDecision(ctx(a.manager), d.id)).decision).toMatchObject({ status: 'DRAFT', revision: 1 });
  });
});
