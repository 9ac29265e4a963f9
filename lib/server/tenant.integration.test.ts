import { beforeAll, describe, expect, it } from 'vitest';
import { asApp, createCompany, owner, type TestCompany } from '@/tests/fixtures';
import { db } from './db';
import { withTenant } from './tenant';

// security.md case 4: row-level security is the backstop under the scoping helper.
let a: TestCompany;
let b: TestCompany;

beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
  await owner((c) =>
    c.query("INSERT INTO audit_event (company_id, action) VALUES ($1, 'test.a'), ($2, 'test.b')", [a.companyId, b.companyId]),
  );
});


const bCtx = () => ({ userId: b.manager.userId, companyId: b.companyId });

describe('RLS with company B set', () => {
  it('unscoped Prisma reads return none of A', async () => {
    const rows = await withTenant(bCtx(), async (tx) => ({
      memberships: await tx.membership.findMany(),
      companies: await tx.company.findMany(),
      users: await tx.user.findMany(),
      audit: await tx.auditEvent.findMany() }));
    expect(rows.memberships.length).toBe(3);
    expect(rows.memberships.every((m) => m.companyId === b.companyId)).toBe(true);
    expect(rows.companies.map((c) => c.id)).toEqual([b.companyId]);
    expect(rows.users.map((u) => u.id).sort()).toEqual([b.manager.userId, b.itOwner.userId, b.advisor.userId].sort());
    expect(rows.audit.map((e) => e.action)).toEqual(['test.b']);
 });

  it('raw SQL returns none of A', async () => {
    const rows = await withTenant(bCtx(), (tx) =>
      tx.$queryRaw<{ company_id: string }[]>`SELECT company_id FROM membership WHERE company_id = ${a.companyId}::uuid`,
    );
    expect(rows).toEqual([]);
 });

  it('refuses to insert a row for A', async () => {
    await expect(
      withTenant(bCtx(), (tx) =>
        tx.membership.createMany({ data: { id: crypto.randomUUID(), companyId: a.companyId, userId: b.manager.userId, role: 'MANAGER' } }),
      ),
    ).rejects.toThrow(/row-level security/);
    const count = await owner((c) => c.query('SELECT count(*)::int AS n FROM membership WHERE company_id = $1', [a.companyId]));
    expect(count.rows[0].n).toBe(3);
 });

  it('cannot move a row of its own into A or update A', async () => {
    const moved = await withTenant(bCtx(), (tx) =>
      tx.$executeRaw`UPDATE membership SET role = 'ADVISOR' WHERE company_id = ${a.companyId}::uuid`,
    );
    expect(moved).toBe(0);
    await expect(
      withTenant(bCtx(), (tx) => tx.$executeRaw`UPDATE company SET id = ${a.companyId}::uuid WHERE id = ${b.companyId}::uuid`),
    ).rejects.toThrow();
 });
});

describe('RLS with no company set', () => {
  it('returns no rows, never all rows', async () => {
    expect(await db().membership.findMany()).toEqual([]);
    expect(await db().company.findMany()).toEqual([]);
    expect(await db().auditEvent.findMany()).toEqual([]);
    const emptySetting = await asApp(async (c) => {
      await c.query("SELECT set_config('app.company_id', '', false)");
      return (await c.query('SELECT * FROM membership')).rows;
 });
    expect(emptySetting).toEqual([]);
 });

  it('a transaction-local setting does not leak to the next use of the connection', async () => {
    const leaked = await asApp(async (c) => {
      await c.query('BEGIN');
      await c.query("SELECT set_config('app.company_id', $1, true)", [a.companyId]);
      const inside = (await c.query('SELECT count(*)::int AS n FROM membership')).rows[0].n;
      await c.query('COMMIT');
      const after = (await c.query('SELECT count(*)::int AS n FROM membership')).rows[0].n;
      return { inside, after };
 });
    expect(leaked).toEqual({ inside: 3, after: 0 });
 });
});

describe('the app role', () => {
  it('is not superuser, cannot bypass RLS and owns nothing', async () => {
    const role = await asApp(async (c) =>
      (
        await c.query(`SELECT r.rolsuper, r.rolbypassrls,
          (SELECT count(*)::int FROM pg_class k WHERE k.relowner = r.oid) AS owned
          FROM pg_roles r WHERE r.rolname = current_user`)
      ).rows[0],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
 });

  it('finds RLS enabled and forced on every table holding tenant or user data', async () => {
    const tables = await owner(async (c) =>
      (
        await c.query(`SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`)
      ).rows,
    );
    const unprotected = tables.filter((t) => !(t.relrowsecurity && t.relforcerowsecurity)).map((t) => t.relname);
    // rate_limit holds only hashed keys and counters, no tenant data (see its migration comment).
    expect(unprotected).toEqual(['rate_limit']);
 });

  it('cannot update or delete audit events (append-only)', async () => {
    await expect(withTenant(bCtx(), (tx) => tx.$executeRaw`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(withTenant(bCtx(), (tx) => tx.$executeRaw`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    const n = await owner((c) => c.query("SELECT count(*)::int AS n FROM audit_event WHERE action IN ('test.a','test.b')"));
    expect(n.rows[0].n).toBe(2);
 });
});
