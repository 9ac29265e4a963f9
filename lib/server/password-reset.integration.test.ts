import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asApp, createCompany, FIXTURE_PASSWORD, owner, type Member, type TestCompany } from '@/tests/fixtures';
import { verifyCredentials } from './accounts';
import { changePassword } from './account-settings';
import { AppError } from './errors';
import type { Mail } from './mail';
import { requestPasswordReset, resetPassword } from './password-reset';
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

const NEW_PASSWORD = 'あたらしい 合言葉 で 2026';

/** Requests a link and returns the mail (captured instead of sent) and the token in its link. */
async function requestLink(email: string) {
  const mails: Mail[] = [];
  await requestPasswordReset(email, (m) => void mails.push(m));
  const mail = mails[0];
  const token = mail ? new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')! : null;
  return { mail, token, count: mails.length };
}
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const sessionOf = (m: Member, sessionVersion = 1) => resolveViewer({ userId: m.userId, companyId: m.companyId, sessionVersion });
const passwordHash = async (m: Member) =>
  owner(async (c) => (await c.query('SELECT password_hash FROM "user" WHERE id = $1', [m.userId])).rows[0].password_hash as string);

describe('requestPasswordReset', () => {
  it('mails a link in the user’s language, and answers an unknown email the same way without mail', async () => {
    const co = await createCompany('Mailer');
    await owner((c) => c.query("UPDATE \"user\" SET locale = 'en' WHERE id = $1", [co.itOwner.userId]));
    const ja = await requestLink(co.manager.email);
    expect(ja.mail?.to).toBe(co.manager.email);
    expect(ja.mail?.subject).toBe('【Kumo Check】パスワード再設定のご案内');
    expect(ja.mail?.text).toContain('30分以内');
    expect(ja.mail?.text).toMatch(/http:\/\/localhost:\d+\/reset-password\?token=[\w-]{43}/);
    const en = await requestLink(co.itOwner.email.toUpperCase());
    expect(en.mail?.subject).toBe('Kumo Check: reset your password');
    expect(en.mail?.text).toMatch(/\/en\/reset-password\?token=/);
    const unknown = await requestLink('nobody-here@example.jp');
    expect(unknown.count).toBe(0);
    // Only a hash of the token is stored; the app role cannot read the table at all.
    const stored = await owner(async (c) => (await c.query('SELECT token_hash FROM password_reset WHERE user_id = $1', [co.manager.userId])).rows);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].token_hash).not.toBe(ja.token);
    await expect(asApp((c) => c.query('SELECT * FROM password_reset'))).rejects.toThrow(/permission denied/);
 });

  it('audits requests in the user’s own company, and unknown ones in none', async () => {
    await requestLink(a.advisor.email);
    await requestLink('ghost@example.jp');
    const rows = await owner(async (c) => ({
      known: (await c.query("SELECT company_id FROM audit_event WHERE action = 'auth.password_reset.requested' AND actor_id = $1", [a.advisor.userId])).rows,
      unknown: (await c.query("SELECT company_id FROM audit_event WHERE action = 'auth.password_reset.requested' AND data->>'email' = 'ghost@example.jp'")).rows,
      inB: (await c.query("SELECT 1 FROM audit_event WHERE company_id = $1 AND action LIKE 'auth.password_reset.%'", [b.companyId])).rowCount }));
    expect(rows.known).toEqual([{ company_id: a.companyId }]);
    expect(rows.unknown).toEqual([{ company_id: null }]);
    expect(rows.inB).toBe(0);
 });

  it('throttles per email and per address, registered or not', async () => {
    for (let i = 0; i < limits.resetPerEmail.max; i++) await requestLink('flood@example.jp');
    expect((await errorOf(requestLink('flood@example.jp')))?.code).toBe('THROTTLED');
    await owner((c) => c.query('DELETE FROM rate_limit'));
    for (let i = 0; i < limits.resetPerIp.max; i++) await requestLink(`many-${i}@example.jp`);
    const err = await errorOf(requestLink(b.manager.email));
    expect(err?.code).toBe('THROTTLED');
    expect(err?.messageKey).toBe('resetThrottled');
    expect((await owner((c) => c.query('SELECT 1 FROM password_reset WHERE user_id = $1', [b.manager.userId]))).rowCount).toBe(0);
 });
});

describe('resetPassword (security.md 17)', () => {
  it('sets the new password, ends every session, audits, and works once', async () => {
    const co = await createCompany('Reset');
    expect(await sessionOf(co.manager)).not.toBeNull();
    const { token } = await requestLink(co.manager.email);
    await resetPassword(token!, NEW_PASSWORD);
    expect(await sessionOf(co.manager)).toBeNull(); // the old cookie's version is dead
    expect(await sessionOf(co.manager, 2)).not.toBeNull();
    expect((await verifyCredentials(co.manager.email, FIXTURE_PASSWORD)).ok).toBe(false);
    expect((await verifyCredentials(co.manager.email, NEW_PASSWORD)).ok).toBe(true);
    const audit = await owner((c) =>
      c.query("SELECT company_id FROM audit_event WHERE action = 'auth.password_reset.completed' AND actor_id = $1", [co.manager.userId]),
    );
    expect(audit.rows).toEqual([{ company_id: co.companyId }]);

    const hash = await passwordHash(co.manager);
    const reused = await errorOf(resetPassword(token!, 'yet another passphrase 99'));
    expect(reused?.messageKey).toBe('resetLinkInvalid');
    expect(await passwordHash(co.manager)).toBe(hash);
 });

  it('refuses a link superseded by a newer one', async () => {
    const co = await createCompany('Newer');
    const first = await requestLink(co.itOwner.email);
    const second = await requestLink(co.itOwner.email);
    const hash = await passwordHash(co.itOwner);
    expect((await errorOf(resetPassword(first.token!, NEW_PASSWORD)))?.messageKey).toBe('resetLinkInvalid');
    expect(await passwordHash(co.itOwner)).toBe(hash);
    await resetPassword(second.token!, NEW_PASSWORD);
    expect(await passwordHash(co.itOwner)).not.toBe(hash);
 });

  it('refuses a link issued before a password change', async () => {
    const co = await createCompany('Changed');
    const { token } = await requestLink(co.advisor.email);
    await changePassword(co.advisor, { currentPassword: FIXTURE_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    const hash = await passwordHash(co.advisor);
    expect((await errorOf(resetPassword(token!, 'yet another passphrase 99')))?.messageKey).toBe('resetLinkInvalid');
    expect(await passwordHash(co.advisor)).toBe(hash);
 });

  it('refuses an expired link, an unknown token and a weak password', async () => {
    const co = await createCompany('Expired');
    const { token } = await requestLink(co.manager.email);
    expect((await errorOf(resetPassword(token!, 'password')))?.fieldErrors).toEqual({ password: ['common'] });
    expect((await errorOf(resetPassword('made-up-token', NEW_PASSWORD)))?.messageKey).toBe('resetLinkInvalid');
    await owner((c) => c.query("UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1", [co.manager.userId]));
    const hash = await passwordHash(co.manager);
    expect((await errorOf(resetPassword(token!, NEW_PASSWORD)))?.messageKey).toBe('resetLinkInvalid');
    expect(await passwordHash(co.manager)).toBe(hash);
    // The link of one user never touches another user, in the same company or another.
    const other = await requestLink(b.itOwner.email);
    await resetPassword(other.token!, NEW_PASSWORD);
    expect(await passwordHash(co.manager)).toBe(hash);
 });
});

describe('audit log (security.md 24)', () => {
  it('keeps reset and second-step events out of the app role’s reach for changes', async () => {
    await requestLink(a.manager.email);
    for (const sql of ['UPDATE audit_event SET action = $1', 'DELETE FROM audit_event WHERE action <> $1']) {
      await expect(
        asApp(async (c) => {
          await c.query('BEGIN');
          await c.query("SELECT set_config('app.company_id', $1, true)", [a.companyId]);
          return c.query(sql, ['tampered']);
 }),
      ).rejects.toThrow(/permission denied/);
 }
    const rows = await owner((c) => c.query("SELECT 1 FROM audit_event WHERE action = 'auth.password_reset.requested' AND actor_id = $1", [a.manager.userId]));
    expect(rows.rowCount).toBeGreaterThan(0);
 });
});
