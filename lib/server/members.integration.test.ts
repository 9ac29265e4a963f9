import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { asApp, createCompany, FIXTURE_HASH, owner, type Member, type TestCompany, ctx } from '@/tests/fixtures';
import { AppError } from './errors';
import { changeMemberRole, listMembers, removeMember } from './members';
import { resolveViewer } from './viewer';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const membershipOf = (m: Member) =>
  owner(async (c) => (await c.query('SELECT id, role FROM membership WHERE company_id = $1 AND user_id = $2', [m.companyId, m.userId])).rows[0] ?? null);
const memberships = (companyId: string) =>
  owner(async (c) => (await c.query('SELECT id, user_id, role FROM membership WHERE company_id = $1 ORDER BY id', [companyId])).rows);
const auditRows = (companyId: string, action: string) =>
  owner(async (c) => (await c.query('SELECT * FROM audit_event WHERE company_id = $1 AND action = $2 ORDER BY id', [companyId, action])).rows);
const sessionOf = (m: Member) => resolveViewer({ userId: m.userId, companyId: m.companyId, sessionVersion: 1 });

/** A second manager for a company, inserted as the owner. */
async function addManager(co: TestCompany, label: string): Promise<Member> {
  const userId = randomUUID();
  const email = `manager2-${userId.slice(0, 8)}@${label}.example.jp`;
  await owner(async (c) => {
    await c.query('INSERT INTO "user" (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [userId, email, `${label} 2`, FIXTURE_HASH]);
    await c.query("INSERT INTO membership (id, company_id, user_id, role) VALUES ($1, $2, $3, 'MANAGER')", [randomUUID(), co.companyId, userId]);
 });
  return { userId, companyId: co.companyId, role: 'MANAGER', email };
}

describe('listMembers', () => {
  it('lists the own company’s members (managers first) to every role, and nobody else’s', async () => {
    for (const viewer of [a.manager, a.itOwner, a.advisor]) {
      const list = await listMembers(ctx(viewer));
      expect(list.map((m) => [m.email, m.role])).toEqual([
        [a.manager.email, 'MANAGER'],
        [a.itOwner.email, 'IT_OWNER'],
        [a.advisor.email, 'ADVISOR'],
      ]);
 }
    expect(JSON.stringify(await listMembers(ctx(b.manager)))).not.toContain(a.manager.email);
 });
});

describe('changeMemberRole', () => {
  it('lets a manager change a role, audits from/to, and the member’s open session has the new role next time', async () => {
    const co = await createCompany('Change');
    const { id } = await membershipOf(co.itOwner);
    await changeMemberRole(ctx(co.manager), { membershipId: id, role: 'ADVISOR' });
    expect((await membershipOf(co.itOwner)).role).toBe('ADVISOR');
    expect((await sessionOf(co.itOwner))?.role).toBe('ADVISOR');
    const [audit] = await auditRows(co.companyId, 'member.role_changed');
    expect(audit).toMatchObject({
      actor_id: co.manager.userId,
      target: co.itOwner.email,
      data: { membershipId: id, userId: co.itOwner.userId, from: 'IT_OWNER', to: 'ADVISOR' } });
 });

  it('refuses an IT owner changing their own role, and an advisor changing anyone’s (security.md 6)', async () => {
    const co = await createCompany('Escalate');
    const own = await membershipOf(co.itOwner);
    const manager = await membershipOf(co.manager);
    const before = await memberships(co.companyId);
    expect((await failure(changeMemberRole(ctx(co.itOwner), { membershipId: own.id, role: 'MANAGER' })))?.code).toBe('FORBIDDEN');
    expect((await failure(changeMemberRole(ctx(co.advisor), { membershipId: manager.id, role: 'ADVISOR' })))?.code).toBe('FORBIDDEN');
    expect((await failure(removeMember(ctx(co.itOwner), { membershipId: manager.id })))?.code).toBe('FORBIDDEN');
    expect(await memberships(co.companyId)).toEqual(before);
    const denials = await auditRows(co.companyId, 'access.denied');
    expect(denials.map((d) => [d.actor_id, d.data.attempted])).toEqual([
      [co.itOwner.userId, 'members.manage'],
      [co.advisor.userId, 'members.manage'],
      [co.itOwner.userId, 'members.manage'],
    ]);
    expect(await auditRows(co.companyId, 'member.role_changed')).toEqual([]);
 });

  it('never demotes the last manager, not even themselves', async () => {
    const co = await createCompany('Last');
    const { id } = await membershipOf(co.manager);
    const err = await failure(changeMemberRole(ctx(co.manager), { membershipId: id, role: 'IT_OWNER' }));
    expect(err?.code).toBe('CONFLICT');
    expect(err?.messageKey).toBe('lastManager');
    expect((await membershipOf(co.manager)).role).toBe('MANAGER');
 });

  it('demotes one of two managers, then refuses the other', async () => {
    const co = await createCompany('Two');
    const second = await addManager(co, 'two');
    await changeMemberRole(ctx(co.manager), { membershipId: (await membershipOf(second)).id, role: 'IT_OWNER' });
    const err = await failure(changeMemberRole(ctx(co.manager), { membershipId: (await membershipOf(co.manager)).id, role: 'ADVISOR' }));
    expect(err?.messageKey).toBe('lastManager');
    expect((await memberships(co.companyId)).filter((m) => m.role === 'MANAGER')).toHaveLength(1);
 });
});

describe('the last manager under concurrency', () => {
  /** Holds the manager rows locked as the owner until both requests are waiting on them, then lets go. */
  async function race(co: TestCompany, ops: (() => Promise<unknown>)[]) {
    return owner(async (c) => {
      await c.query('BEGIN');
      await c.query("SELECT id FROM membership WHERE company_id = $1 AND role = 'MANAGER' FOR UPDATE", [co.companyId]);
      const settled = Promise.allSettled(ops.map((op) => op()));
      // pg_stat_activity is a snapshot held for the whole transaction unless cleared before each look.
      const waiting = async () => {
        await c.query('SELECT pg_stat_clear_snapshot()');
        const sql = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        return (await c.query(sql)).rows[0].n as number;
 };
      await expect.poll(waiting, { timeout: 10_000 }).toBe(ops.length);
      await c.query('COMMIT');
      return settled;
 });
 }

  it('lets exactly one of two simultaneous demotions of the only two managers succeed', async () => {
    const co = await createCompany('RaceDemote');
    const second = await addManager(co, 'race');
    const [m1, m2] = [await membershipOf(co.manager), await membershipOf(second)];
    const results = await race(co, [
      () => changeMemberRole(ctx(co.manager), { membershipId: m2.id, role: 'IT_OWNER' }),
      () => changeMemberRole(ctx(second), { membershipId: m1.id, role: 'IT_OWNER' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).messageKey).toBe('lastManager');
    expect((await memberships(co.companyId)).filter((m) => m.role === 'MANAGER')).toHaveLength(1);
    expect(await auditRows(co.companyId, 'member.role_changed')).toHaveLength(1);
 });

  it('lets exactly one of a simultaneous removal and demotion of the only two managers succeed', async () => {
    const co = await createCompany('RaceRemove');
    const second = await addManager(co, 'raceremove');
    const [m1, m2] = [await membershipOf(co.manager), await membershipOf(second)];
    const results = await race(co, [
      () => removeMember(ctx(co.manager), { membershipId: m2.id }),
      () => changeMemberRole(ctx(second), { membershipId: m1.id, role: 'ADVISOR' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await memberships(co.companyId)).filter((m) => m.role === 'MANAGER')).toHaveLength(1);
 });
});

describe('removeMember', () => {
  it('removes a member, audits it, and their open session is gone on the next request (security.md 8)', async () => {
    const co = await createCompany('Remove');
    expect(await sessionOf(co.advisor)).not.toBeNull();
    const { id } = await membershipOf(co.advisor);
    await removeMember(ctx(co.manager), { membershipId: id });
    expect(await membershipOf(co.advisor)).toBeNull();
    expect(await sessionOf(co.advisor)).toBeNull();
    const [audit] = await auditRows(co.companyId, 'member.removed');
    expect(audit).toMatchObject({ actor_id: co.manager.userId, target: co.advisor.email, data: { userId: co.advisor.userId, role: 'ADVISOR' } });
    expect((await failure(removeMember(ctx(co.manager), { membershipId: id })))?.code).toBe('NOT_FOUND');
 });

  it('never removes the last manager', async () => {
    const co = await createCompany('KeepOne');
    const err = await failure(removeMember(ctx(co.manager), { membershipId: (await membershipOf(co.manager)).id }));
    expect(err?.messageKey).toBe('lastManager');
    expect(await membershipOf(co.manager)).not.toBeNull();
 });
});

describe('company B with company A’s membership ids (security.md 2)', () => {
  it('gets NOT_FOUND for change-role and remove, and A’s memberships are unchanged', async () => {
    const before = await memberships(a.companyId);
    for (const target of [a.manager, a.itOwner, a.advisor]) {
      const { id } = await membershipOf(target);
      expect((await failure(changeMemberRole(ctx(b.manager), { membershipId: id, role: 'MANAGER' })))?.code).toBe('NOT_FOUND');
      expect((await failure(removeMember(ctx(b.manager), { membershipId: id })))?.code).toBe('NOT_FOUND');
 }
    expect((await failure(removeMember(ctx(b.manager), { membershipId: '1 OR 1=1' })))?.code).toBe('NOT_FOUND');
    expect(await memberships(a.companyId)).toEqual(before);
    expect(await auditRows(a.companyId, 'member.removed')).toEqual([]);
 });
});

describe('audit rows of team changes', () => {
  it('cannot be changed or deleted by the app role (security.md 24)', async () => {
    const co = await createCompany('Immutable');
    await changeMemberRole(ctx(co.manager), { membershipId: (await membershipOf(co.advisor)).id, role: 'IT_OWNER' });
    await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.company_id', $1, true)", [co.companyId]);
      await expect(c.query("UPDATE audit_event SET action = 'x' WHERE action = 'member.role_changed'")).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.company_id', $1, true)", [co.companyId]);
      await expect(c.query("DELETE FROM audit_event WHERE action = 'member.role_changed'")).rejects.toThrow(/permission denied/);
      await c.query('ROLLBACK');
 });
    expect(await auditRows(co.companyId, 'member.role_changed')).toHaveLength(1);
 });
});
