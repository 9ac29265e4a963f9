import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCompany, FIXTURE_PASSWORD, owner, type Member, type TestCompany } from '@/tests/fixtures';
import { verifyCredentials } from './accounts';
import { accountSettings, changePassword, updateProfile } from './account-settings';
import { AppError } from './errors';
import { limits } from './throttle';
import { resolveViewer } from './viewer';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});
beforeEach(async () => {
  await owner((c) => c.query('DELETE FROM rate_limit'));
});

const NEW_PASSWORD = '雲の上の 新しい 合言葉';
const change = (m: Member, currentPassword: string, newPassword = NEW_PASSWORD, confirmPassword = newPassword) =>
  changePassword(m, { currentPassword, newPassword, confirmPassword });
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const userRow = (m: Member) =>
  owner(async (c) => (await c.query('SELECT name, locale, password_hash, session_version FROM "user" WHERE id = $1', [m.userId])).rows[0]);

describe('updateProfile', () => {
  it('changes only the viewer’s own name and language, with an audit row', async () => {
    const othersBefore = await owner(async (c) => (await c.query('SELECT id, name, locale FROM "user" WHERE id <> $1 ORDER BY id', [a.itOwner.userId])).rows);
    await updateProfile(a.itOwner, { name: '𠮷田 花子', locale: 'en' });
    expect(await accountSettings(a.itOwner)).toMatchObject({ name: '𠮷田 花子', locale: 'en', email: a.itOwner.email });
    const othersAfter = await owner(async (c) => (await c.query('SELECT id, name, locale FROM "user" WHERE id <> $1 ORDER BY id', [a.itOwner.userId])).rows);
    expect(othersAfter).toEqual(othersBefore);
    const audit = await owner((c) => c.query("SELECT company_id, data FROM audit_event WHERE action = 'account.profile_updated' AND actor_id = $1", [a.itOwner.userId]));
    expect(audit.rows).toEqual([{ company_id: a.companyId, data: { changed: ['name', 'locale'] } }]);
    // Saving the same values again changes nothing and writes nothing.
    await updateProfile(a.itOwner, { name: '𠮷田 花子', locale: 'en' });
    expect((await owner((c) => c.query("SELECT 1 FROM audit_event WHERE action = 'account.profile_updated' AND actor_id = $1", [a.itOwner.userId]))).rowCount).toBe(1);
 });
});

describe('changePassword (security.md 9)', () => {
  it('ends the other sessions, keeps the new version, and audits', async () => {
    const co = await createCompany('Rotate');
    const version = await change(co.manager, FIXTURE_PASSWORD);
    expect(version).toBe(2);
    // The other device still carries version 1: it is signed out on its next request.
    expect(await resolveViewer({ userId: co.manager.userId, companyId: co.companyId, sessionVersion: 1 })).toBeNull();
    expect(await resolveViewer({ userId: co.manager.userId, companyId: co.companyId, sessionVersion: version })).not.toBeNull();
    expect((await verifyCredentials(co.manager.email, FIXTURE_PASSWORD)).ok).toBe(false);
    expect((await verifyCredentials(co.manager.email, NEW_PASSWORD)).ok).toBe(true);
    const audit = await owner((c) => c.query("SELECT company_id FROM audit_event WHERE action = 'account.password_changed' AND actor_id = $1", [co.manager.userId]));
    expect(audit.rows).toEqual([{ company_id: co.companyId }]);
    // Other members' sessions are untouched.
    expect(await resolveViewer({ userId: co.itOwner.userId, companyId: co.companyId, sessionVersion: 1 })).not.toBeNull();
 });

  it('refuses a wrong current password or a weak new one, and changes nothing', async () => {
    const co = await createCompany('Refuse');
    const before = await userRow(co.itOwner);
    expect((await errorOf(change(co.itOwner, 'wrong password!')))?.fieldErrors).toEqual({ currentPassword: ['currentPasswordWrong'] });
    expect((await errorOf(change(co.itOwner, FIXTURE_PASSWORD, 'password123')))?.fieldErrors).toEqual({ newPassword: ['common'] });
    expect(await userRow(co.itOwner)).toEqual(before);
    const failed = await owner((c) => c.query("SELECT company_id FROM audit_event WHERE action = 'account.password_change_failed' AND actor_id = $1", [co.itOwner.userId]));
    expect(failed.rows).toEqual([{ company_id: co.companyId }]);
 });

  it('counts wrong current passwords like failed sign-ins', async () => {
    const co = await createCompany('Guess');
    for (let i = 0; i < limits.signInPerEmail.max; i++) await change(co.advisor, `wrong-${i}-password`).catch(() => undefined);
    expect((await errorOf(change(co.advisor, FIXTURE_PASSWORD)))?.code).toBe('THROTTLED');
    expect((await userRow(co.advisor)).session_version).toBe(1);
 });
});
