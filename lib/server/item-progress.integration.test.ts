import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, type TestCompany, ctx } from '@/tests/fixtures';
import { saveAnswer } from './answers';
import { addCandidate } from './candidates';
import { createDecision } from './decisions';
import { itemAnswerCounts } from './item-progress';

let a: TestCompany;
let b: TestCompany;
let decisionId: string;
const candidate = (name: string) => ({ name, provider: '', url: '', category: '', plan: '', priceNotes: '' });

beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
  decisionId = (
    await createDecision(ctx(a.manager), { title: '勤怠管理', scopeBusiness: '', scopeInformation: '', needs: [], needsNote: '', importance: [], importanceNote: '' })
  ).id;
  const ids = [];
  for (const name of ['候補1', '候補2', '候補3']) ids.push((await addCandidate(ctx(a.itOwner), decisionId, candidate(name))).id);
  const save = (candidateId: string, itemKey: string) =>
    saveAnswer(ctx(a.itOwner), { decisionId, candidateId, itemKey, expectedVersion: 0, input: { status: 'CONFIRMED' } });
  await save(ids[0]!, 'item-02');
  await save(ids[1]!, 'item-02');
  await save(ids[2]!, 'item-14');
  // Another company's answers to an item of the same key never count here.
  const other = (await createDecision(ctx(b.manager), { title: 'B', scopeBusiness: '', scopeInformation: '', needs: [], needsNote: '', importance: [], importanceNote: '' })).id;
  const bCandidate = (await addCandidate(ctx(b.manager), other, candidate('B1'))).id;
  await saveAnswer(ctx(b.manager), { decisionId: other, candidateId: bCandidate, itemKey: 'item-02', expectedVersion: 0, input: { status: 'CONFIRMED' } });
});

describe('itemAnswerCounts', () => {
  it('counts answered candidates per item for every role of the company', async () => {
    for (const m of [a.manager, a.itOwner, a.advisor]) {
      const counts = await itemAnswerCounts(ctx(m), decisionId);
      expect(Object.keys(counts)).toHaveLength(14);
      expect(counts['item-02']).toEqual({ answered: 2, total: 3 });
      expect(counts['item-14']).toEqual({ answered: 1, total: 3 });
      expect(counts['item-01']).toEqual({ answered: 0, total: 3 });
 }
 });

  it('answers another company, a missing id and a malformed id with NOT_FOUND', async () => {
    for (const id of [decisionId, crypto.randomUUID(), '1 OR 1=1', { id: decisionId }]) {
      await expect(itemAnswerCounts(ctx(b.manager), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
 }
 });
});
