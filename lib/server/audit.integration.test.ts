import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { recordDenial } from './audit';
import { AppError } from './errors';
import { authorize } from './tenant';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});


describe('authorize', () => {
  it('lets a role do what the role table allows', async () => {
    await expect(authorize(ctx(a.manager), 'members.manage')).resolves.toBeUndefined();
 });

  it('refuses an advisor’s write and records the denial (security.md 5, 24)', async () => {
    const err = await authorize(ctx(a.advisor), 'answer.edit').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('FORBIDDEN');
    const rows = await owner((c) =>
      c.query("SELECT data->>'attempted' AS attempted FROM audit_event WHERE action = 'access.denied' AND actor_id = $1", [a.advisor.userId]),
    );
    expect(rows.rows.map((r) => r.attempted)).toContain('answer.edit');
 });

  it('refuses the manager the IT confirmation and the IT owner the approval', async () => {
    await expect(authorize(ctx(a.manager), 'signoff.confirm')).rejects.toThrow(AppError);
    await expect(authorize(ctx(a.itOwner), 'signoff.approve')).rejects.toThrow(AppError);
 });
});
