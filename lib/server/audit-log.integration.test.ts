import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { recordDenial } from './audit';
import { AUDIT_PAGE_SIZE, listAuditLog } from './audit-log';
import { AppError } from './errors';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});


describe('listAuditLog', () => {
  it('shows a manager only the own company’s events, newest first, with actor names', async () => {
    await recordDenial(ctx(a.advisor), 'test.first');
    await recordDenial(ctx(a.itOwner), 'test.second');
    await recordDenial(ctx(b.advisor), 'test.other-company');
    const { entries } = await listAuditLog(ctx(a.manager));
    expect(entries.map((e) => e.data.attempted)).toEqual(['test.second', 'test.first']);
    expect(entries.map((e) => e.actorName)).toEqual([`Alpha IT_OWNER`, `Alpha ADVISOR`]);
    expect(JSON.stringify(entries)).not.toContain('test.other-company');
 });

  it('pages backwards by id and ignores a malformed cursor', async () => {
    await owner((c) =>
      c.query(
        `INSERT INTO audit_event (company_id, action) SELECT $1, 'test.bulk' FROM generate_series(1, $2)`,
        [b.companyId, AUDIT_PAGE_SIZE + 5],
      ),
    );
    const first = await listAuditLog(ctx(b.manager));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextBefore).toBeDefined();
    const second = await listAuditLog(ctx(b.manager), { before: first.nextBefore });
    expect(second.entries.length).toBeGreaterThan(0);
    expect(second.entries.every((e) => BigInt(e.id) < BigInt(first.nextBefore!))).toBe(true);
    for (const bad of ['1 OR 1=1', '../x', ['1'], { id: 1 }, '-5']) {
      const page = await listAuditLog(ctx(b.manager), { before: bad });
      expect(page.entries[0]?.id).toBe(first.entries[0]?.id);
 }
 });

  it('is refused to IT owners and advisors (and the refusal is itself audited)', async () => {
    for (const member of [a.itOwner, a.advisor]) {
      await expect(listAuditLog(ctx(member))).rejects.toBeInstanceOf(AppError);
 }
    const denials = await owner((c) =>
      c.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND data->>'attempted' = 'audit.view'"),
    );
    expect(denials.rows[0].n).toBe(2);
 });
});
