import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { listMyCompanies, switchCompany } from './company-switch';
import { AppError } from './errors';
import { resolveViewer } from './viewer';

let a: TestCompany;
let b: TestCompany;
let c: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
  c = await createCompany('Gamma');
  // A's IT owner also advises company B.
  await owner((pg) =>
    pg.query("INSERT INTO membership (id, company_id, user_id, role, created_at) VALUES ($1, $2, $3, 'ADVISOR', now() + interval '1 second')", [
      randomUUID(),
      b.companyId,
      a.itOwner.userId,
    ]),
  );
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('listMyCompanies', () => {
  it('lists the user’s own companies with their role there, and no others', async () => {
    expect(await listMyCompanies(ctx(a.itOwner))).toEqual([
      { companyId: a.companyId, role: 'IT_OWNER', name: a.name },
      { companyId: b.companyId, role: 'ADVISOR', name: b.name },
    ]);
    expect(await listMyCompanies(ctx(a.manager))).toEqual([{ companyId: a.companyId, role: 'MANAGER', name: a.name }]);
 });
});

describe('switchCompany', () => {
  it('issues claims for another company the user belongs to, with the fresh role there, and audits it', async () => {
    const claims = await switchCompany(ctx(a.itOwner), { companyId: b.companyId });
    expect(claims).toEqual({ userId: a.itOwner.userId, companyId: b.companyId, sessionVersion: 1 });
    expect((await resolveViewer(claims))?.role).toBe('ADVISOR');
    const audit = await owner(async (pg) =>
      (await pg.query("SELECT actor_id, data FROM audit_event WHERE company_id = $1 AND action = 'auth.company_switched'", [b.companyId])).rows,
    );
    expect(audit).toEqual([{ actor_id: a.itOwner.userId, data: { from: a.companyId } }]);
 });

  it('refuses a company the user does not belong to like one that does not exist', async () => {
    for (const companyId of [c.companyId, randomUUID(), 'not-a-uuid']) {
      const err = await failure(switchCompany(ctx(a.manager), { companyId }));
      expect(err?.code).toBe('NOT_FOUND');
 }
    const audit = await owner(async (pg) => (await pg.query("SELECT 1 FROM audit_event WHERE company_id = $1", [c.companyId])).rows);
    expect(audit).toEqual([]);
 });

  it('carries the user’s current session version (a session from before a password change stays dead)', async () => {
    await owner((pg) => pg.query('UPDATE "user" SET session_version = 5 WHERE id = $1', [b.manager.userId]));
    const claims = await switchCompany(ctx(b.manager), { companyId: b.companyId });
    expect(claims.sessionVersion).toBe(5);
 });
});
