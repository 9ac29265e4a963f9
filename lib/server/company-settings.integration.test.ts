import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type Member, type TestCompany } from '@/tests/fixtures';
import { enrolMfa } from '@/tests/mfa-fixtures';
import { companySecurity, setRequireMfa } from './company-settings';
import { AppError } from './errors';
import { resolveViewer } from './viewer';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const requireMfa = async (companyId: string) =>
  owner(async (c) => (await c.query('SELECT require_mfa FROM company WHERE id = $1', [companyId])).rows[0].require_mfa as boolean);
const viewerOf = (m: Member) => resolveViewer({ userId: m.userId, companyId: m.companyId, sessionVersion: 1 });

describe('two-step policy', () => {
  it('needs the manager’s own second step first, then requires it for the company only', async () => {
    expect((await companySecurity(a.manager)).membersWithoutMfa).toBe(3);
    expect((await errorOf(setRequireMfa(a.manager, true)))?.messageKey).toBe('enableMfaFirst');
    expect(await requireMfa(a.companyId)).toBe(false);

    await enrolMfa(a.manager);
    await setRequireMfa(a.manager, true);
    expect(await requireMfa(a.companyId)).toBe(true);
    expect(await requireMfa(b.companyId)).toBe(false);
    expect(await companySecurity(a.manager)).toMatchObject({ requireMfa: true, membersWithoutMfa: 2 });
    const audit = await owner((c) => c.query("SELECT company_id, data FROM audit_event WHERE action = 'company.mfa_required_changed'"));
    expect(audit.rows).toEqual([{ company_id: a.companyId, data: { required: true } }]);
 });

  it('holds members without a second step at enrolment, and nobody in another company', async () => {
    expect(await viewerOf(a.manager)).toMatchObject({ mfaEnabled: true, mfaSetupRequired: false });
    expect(await viewerOf(a.itOwner)).toMatchObject({ mfaEnabled: false, mfaSetupRequired: true });
    expect(await viewerOf(b.itOwner)).toMatchObject({ mfaEnabled: false, mfaSetupRequired: false });
    await enrolMfa(a.itOwner);
    expect(await viewerOf(a.itOwner)).toMatchObject({ mfaEnabled: true, mfaSetupRequired: false });
 });

  it('is refused to IT owners and advisors (recorded), and changes nothing', async () => {
    for (const m of [b.itOwner, b.advisor]) {
      expect((await errorOf(setRequireMfa(m, true)))?.code).toBe('FORBIDDEN');
      expect((await errorOf(companySecurity(m)))?.code).toBe('FORBIDDEN');
 }
    expect(await requireMfa(b.companyId)).toBe(false);
    const denials = await owner((c) => c.query("SELECT data->>'attempted' AS attempted FROM audit_event WHERE action = 'access.denied' AND company_id = $1", [b.companyId]));
    expect(denials.rows.map((r) => r.attempted)).toContain('company.update');
 });

  it('can be lifted again, and a repeated save writes nothing', async () => {
    await setRequireMfa(a.manager, false);
    await setRequireMfa(a.manager, false);
    expect(await requireMfa(a.companyId)).toBe(false);
    const audit = await owner((c) => c.query("SELECT data FROM audit_event WHERE action = 'company.mfa_required_changed' ORDER BY id"));
    expect(audit.rows).toEqual([{ data: { required: true } }, { data: { required: false } }]);
 });
});
