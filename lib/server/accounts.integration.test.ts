import { beforeEach, describe, expect, it } from 'vitest';
import { createCompany, FIXTURE_PASSWORD, owner } from '@/tests/fixtures';
import { signUpCompany, verifyCredentials } from './accounts';
import { AppError } from './errors';
import { limits, throttleKey, type Limit } from './throttle';

/** Fills an address's window (tests run outside a request, so the address reads as 'unknown'). */
const exhaust = (limit: Limit) =>
  owner((c) =>
    c.query('INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, now(), $2)', [throttleKey(limit, 'unknown'), limit.max]),
  );


beforeEach(async () => {
  await owner((c) => c.query('DELETE FROM rate_limit'));
});

const signUp = (over: Partial<Parameters<typeof signUpCompany>[0]> = {}) =>
  signUpCompany({
    companyName: '雲の上商事',
    name: '𠮷田 太郎',
    email: `taro-${crypto.randomUUID().slice(0, 8)}@example.jp`,
    password: 'ふじさんに のぼろう 2026',
    locale: 'ja',
    ...over });

describe('signUpCompany', () => {
  it('creates the company, its first user as manager and an audit event, in one go', async () => {
    const claims = await signUp();
    const rows = await owner(async (c) => ({
      company: (await c.query('SELECT name FROM company WHERE id = $1', [claims.companyId])).rows,
      membership: (await c.query('SELECT role FROM membership WHERE company_id = $1', [claims.companyId])).rows,
      user: (await c.query('SELECT name, password_hash FROM "user" WHERE id = $1', [claims.userId])).rows[0],
      audit: (await c.query('SELECT action, actor_id FROM audit_event WHERE company_id = $1', [claims.companyId])).rows }));
    expect(rows.company).toEqual([{ name: '雲の上商事' }]);
    expect(rows.membership).toEqual([{ role: 'MANAGER' }]);
    expect(rows.user.name).toBe('𠮷田 太郎');
    expect(rows.user.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows.audit).toEqual([{ action: 'company.signed_up', actor_id: claims.userId }]);
 });

  it('refuses an email that is already registered, and writes nothing', async () => {
    const email = 'dup@example.jp';
    await signUp({ email });
    const before = await owner(async (c) => (await c.query('SELECT count(*)::int AS n FROM company')).rows[0].n);
    const err = await signUp({ email, companyName: '別会社' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors).toEqual({ email: ['emailTaken'] });
    const after = await owner(async (c) => (await c.query('SELECT count(*)::int AS n FROM company')).rows[0].n);
    expect(after).toBe(before);
 });

  it('applies the password rules', async () => {
    for (const [password, problem] of [
      ['short', 'tooShort'],
      ['password123', 'common'],
      ['x'.repeat(300), 'tooLong'],
    ] as const) {
      const err = await signUp({ password }).catch((e: unknown) => e);
      expect((err as AppError).fieldErrors).toEqual({ password: [problem] });
 }
 });

  it('throttles sign-ups from one address', async () => {
    await exhaust(limits.signUpPerIp);
    const err = await signUp().catch((e: unknown) => e);
    expect((err as AppError).code).toBe('THROTTLED');
 });
});

describe('verifyCredentials', () => {
  it('accepts the right password and opens the oldest company', async () => {
    const co = await createCompany('Gamma');
    const outcome = await verifyCredentials(co.itOwner.email, FIXTURE_PASSWORD);
    expect(outcome).toEqual({ ok: true, claims: { userId: co.itOwner.userId, companyId: co.companyId, sessionVersion: 1 }, mfaEnabled: false });
    const audit = await owner((c) =>
      c.query("SELECT action FROM audit_event WHERE actor_id = $1 AND action = 'auth.sign_in.succeeded'", [co.itOwner.userId]),
    );
    expect(audit.rowCount).toBe(1);
 });

  it('checks the password exactly as typed', async () => {
    const co = await createCompany('Delta');
    expect((await verifyCredentials(co.manager.email, ` ${FIXTURE_PASSWORD}`)).ok).toBe(false);
    expect((await verifyCredentials(co.manager.email, FIXTURE_PASSWORD.toUpperCase())).ok).toBe(false);
    expect((await verifyCredentials(co.manager.email, FIXTURE_PASSWORD.slice(0, -1))).ok).toBe(false);
 });

  it('answers a wrong password and an unknown email alike, and audits both', async () => {
    const co = await createCompany('Epsilon');
    expect(await verifyCredentials(co.manager.email, 'wrong password!')).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials('nobody@example.jp', 'wrong password!')).toEqual({ ok: false, reason: 'invalid' });
    const rows = await owner(async (c) => ({
      known: (await c.query("SELECT company_id FROM audit_event WHERE action = 'auth.sign_in.failed' AND actor_id = $1", [co.manager.userId])).rows,
      unknown: (await c.query("SELECT company_id FROM audit_event WHERE action = 'auth.sign_in.failed' AND data->>'email' = 'nobody@example.jp'")).rows }));
    expect(rows.known).toEqual([{ company_id: co.companyId }]);
    expect(rows.unknown).toEqual([{ company_id: null }]);
 });

  it('throttles one account after repeated failures, and lets the real user in after the window', async () => {
    const co = await createCompany('Zeta');
    for (let i = 0; i < limits.signInPerEmail.max; i++) await verifyCredentials(co.manager.email, `wrong-${i}-password`);
    expect(await verifyCredentials(co.manager.email, FIXTURE_PASSWORD)).toEqual({ ok: false, reason: 'throttled' });
    await owner((c) => c.query("UPDATE rate_limit SET window_start = now() - interval '16 minutes'"));
    expect((await verifyCredentials(co.manager.email, FIXTURE_PASSWORD)).ok).toBe(true);
 });

  it('throttles many accounts tried from one address', async () => {
    await exhaust(limits.signInPerIp);
    const co = await createCompany('Eta');
    expect(await verifyCredentials(co.manager.email, FIXTURE_PASSWORD)).toEqual({ ok: false, reason: 'throttled' });
 });
});
