import { beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner, type TestCompany } from '@/tests/fixtures';
import { resolveViewer } from './viewer';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});

describe('resolveViewer', () => {
  it('returns the fresh role and names for a valid session', async () => {
    const viewer = await resolveViewer({ userId: a.itOwner.userId, companyId: a.companyId, sessionVersion: 1 });
    expect(viewer).toMatchObject({ role: 'IT_OWNER', companyId: a.companyId, companyName: a.name, email: a.itOwner.email });
 });

  it('refuses claims naming a company the user does not belong to (cookie for A, company B)', async () => {
    expect(await resolveViewer({ userId: a.manager.userId, companyId: b.companyId, sessionVersion: 1 })).toBeNull();
 });

  it('reflects a demotion on the next request (security.md 7)', async () => {
    const co = await createCompany('Demoted');
    await owner((c) => c.query("UPDATE membership SET role = 'ADVISOR' WHERE user_id = $1", [co.manager.userId]));
    const viewer = await resolveViewer({ userId: co.manager.userId, companyId: co.companyId, sessionVersion: 1 });
    expect(viewer?.role).toBe('ADVISOR');
 });

  it('ends a removed member’s session (security.md 8)', async () => {
    const co = await createCompany('Removed');
    await owner((c) => c.query('DELETE FROM membership WHERE user_id = $1', [co.advisor.userId]));
    expect(await resolveViewer({ userId: co.advisor.userId, companyId: co.companyId, sessionVersion: 1 })).toBeNull();
 });

  it('ends sessions from before a password change (security.md 9)', async () => {
    const co = await createCompany('Rotated');
    await owner((c) => c.query('UPDATE "user" SET session_version = session_version + 1 WHERE id = $1', [co.manager.userId]));
    expect(await resolveViewer({ userId: co.manager.userId, companyId: co.companyId, sessionVersion: 1 })).toBeNull();
    expect(await resolveViewer({ userId: co.manager.userId, companyId: co.companyId, sessionVersion: 2 })).not.toBeNull();
 });
});
