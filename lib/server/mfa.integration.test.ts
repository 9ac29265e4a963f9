import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds, totpCodeAt, totpStep } from '@/lib/domain/totp';
import { createCompany, FIXTURE_PASSWORD, owner, type TestCompany } from '@/tests/fixtures';
import { enrolMfa } from '@/tests/mfa-fixtures';
import { AppError } from './errors';
import { beginMfaEnrolment, confirmMfaEnrolment, disableMfa, mfaStatus, regenerateRecoveryCodes } from './mfa';
import { verifySecondStep } from './mfa-sign-in';
import { limits } from './throttle';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});
beforeEach(async () => {
  await owner((c) => c.query('DELETE FROM rate_limit'));
});

const claimsOf = (m: TestCompany['manager']) => ({ userId: m.userId, companyId: m.companyId, sessionVersion: 1 });
const userRow = (userId: string) =>
  owner(async (c) => (await c.query('SELECT mfa_secret, mfa_enabled_at, totp_last_step FROM "user" WHERE id = $1', [userId])).rows[0]);
const auditOf = (userId: string, action: string) =>
  owner(async (c) => (await c.query('SELECT company_id, data FROM audit_event WHERE actor_id = $1 AND action = $2', [userId, action])).rows);
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe('enrolment', () => {
  it('stores the secret encrypted, and turns on only with a right code', async () => {
    const co = await createCompany('Enrol');
    const m = co.itOwner;
    await beginMfaEnrolment(m);
    const { pending, enabled } = await mfaStatus(m);
    expect(enabled).toBe(false);
    expect(pending?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(pending?.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const stored = await userRow(m.userId);
    expect(stored.mfa_secret).toMatch(/^v1\./);
    expect(stored.mfa_secret).not.toContain(pending!.secret);
    expect(stored.mfa_secret.toUpperCase()).not.toContain(pending!.secret.slice(0, 8));

    const wrong = await errorOf(confirmMfaEnrolment(m, '000000'));
    expect(wrong?.fieldErrors).toEqual({ code: ['mfaCodeWrong'] });
    expect((await userRow(m.userId)).mfa_enabled_at).toBeNull();

    const step = totpStep(nowSeconds());
    const codes = await confirmMfaEnrolment(m, await totpCodeAt(pending!.secret, step));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const after = await userRow(m.userId);
    expect(after.mfa_enabled_at).not.toBeNull();
    expect(Number(after.totp_last_step)).toBe(step);
    const hashes = await owner(async (c) => (await c.query('SELECT code_hash FROM mfa_recovery_code WHERE user_id = $1', [m.userId])).rows);
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) {
      expect(code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes.map((c) => c.replace('-', ''))).not.toContain(code_hash);
 }
    expect(await auditOf(m.userId, 'auth.mfa.enabled')).toEqual([{ company_id: co.companyId, data: {} }]);
    expect(await auditOf(m.userId, 'auth.mfa.failed')).toEqual([{ company_id: co.companyId, data: { stage: 'enrol' } }]);
 });

  it('cannot restart over an active second step, and keeps each user’s secret to that user', async () => {
    const co = await createCompany('Restart');
    const { secret } = await enrolMfa(co.manager);
    expect((await errorOf(beginMfaEnrolment(co.manager)))?.messageKey).toBe('mfaAlreadyOn');
    // Another user's enrolment (in another company) leaves this one untouched.
    await beginMfaEnrolment(b.manager);
    expect((await mfaStatus(co.manager)).enabled).toBe(true);
    expect((await mfaStatus(b.manager)).pending?.secret).not.toBe(secret);
    // A sealed secret copied onto another user's row does not open there (bound to the user id).
    await owner((c) =>
      c.query('UPDATE "user" SET mfa_secret = (SELECT mfa_secret FROM "user" WHERE id = $1) WHERE id = $2', [co.manager.userId, b.manager.userId]),
    );
    expect((await mfaStatus(b.manager)).pending).toBeNull();
 });
});

describe('second sign-in step', () => {
  it('accepts a right code once: the same code twice is refused', async () => {
    const co = await createCompany('Once');
    const { secret, usedStep } = await enrolMfa(co.manager);
    // The code used at enrolment is spent already.
    expect(await verifySecondStep(claimsOf(co.manager), await totpCodeAt(secret, usedStep))).toEqual({ ok: false, reason: 'invalid' });
    const next = await totpCodeAt(secret, usedStep + 1);
    expect(await verifySecondStep(claimsOf(co.manager), next)).toEqual({ ok: true, claims: claimsOf(co.manager) });
    expect(await verifySecondStep(claimsOf(co.manager), next)).toEqual({ ok: false, reason: 'invalid' });
    const audit = await auditOf(co.manager.userId, 'auth.sign_in.succeeded');
    expect(audit).toEqual([{ company_id: co.companyId, data: { secondFactor: 'totp' } }]);
 });

  it('lets exactly one of two simultaneous uses of a code through', async () => {
    const co = await createCompany('Race');
    const { secret, usedStep } = await enrolMfa(co.advisor);
    const code = await totpCodeAt(secret, usedStep + 1);
    const results = await Promise.all([1, 2, 3, 4].map(() => verifySecondStep(claimsOf(co.advisor), code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
 });

  it('refuses wrong codes, audits them in the user’s company, and stops after 5', async () => {
    const co = await createCompany('Guess');
    const { secret, usedStep } = await enrolMfa(co.itOwner);
    for (let i = 0; i < limits.mfaPerUser.max; i++) {
      expect(await verifySecondStep(claimsOf(co.itOwner), String(100000 + i))).toEqual({ ok: false, reason: 'invalid' });
 }
    // Now even the right code is refused until the window has passed.
    const right = await totpCodeAt(secret, usedStep + 1);
    expect(await verifySecondStep(claimsOf(co.itOwner), right)).toEqual({ ok: false, reason: 'throttled' });
    const failed = await auditOf(co.itOwner.userId, 'auth.mfa.failed');
    expect(failed).toHaveLength(limits.mfaPerUser.max);
    expect(failed.every((r) => r.company_id === co.companyId)).toBe(true);
    expect(await auditOf(co.itOwner.userId, 'auth.mfa.throttled')).toHaveLength(1);
    const inB = await owner((c) => c.query("SELECT 1 FROM audit_event WHERE company_id = $1 AND action IN ('auth.mfa.failed', 'auth.mfa.throttled')", [b.companyId]));
    expect(inB.rowCount).toBe(0);
    await owner((c) => c.query("UPDATE rate_limit SET window_start = now() - interval '16 minutes'"));
    expect((await verifySecondStep(claimsOf(co.itOwner), right)).ok).toBe(true);
 });

  it('accepts each recovery code once, typed loosely', async () => {
    const co = await createCompany('Recovery');
    const { recoveryCodes } = await enrolMfa(co.manager);
    const [first, second] = recoveryCodes as [string, string];
    expect(await verifySecondStep(claimsOf(co.manager), first)).toMatchObject({ ok: true });
    expect(await verifySecondStep(claimsOf(co.manager), first)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifySecondStep(claimsOf(co.manager), ` ${second.toUpperCase().replace('-', ' ')} `)).toMatchObject({ ok: true });
    expect((await mfaStatus(co.manager)).recoveryCodesLeft).toBe(8);
    // Another user's recovery code is worthless here.
    const other = await enrolMfa(b.itOwner);
    expect(await verifySecondStep(claimsOf(co.manager), other.recoveryCodes[0]!)).toEqual({ ok: false, reason: 'invalid' });
    expect(await auditOf(co.manager.userId, 'auth.sign_in.succeeded')).toContainEqual({ company_id: co.companyId, data: { secondFactor: 'recovery_code' } });
 });

  it('treats a ticket from before a password change, or without a second step, as expired', async () => {
    const co = await createCompany('Stale');
    const { secret, usedStep } = await enrolMfa(co.manager);
    await owner((c) => c.query('UPDATE "user" SET session_version = 2 WHERE id = $1', [co.manager.userId]));
    expect(await verifySecondStep(claimsOf(co.manager), await totpCodeAt(secret, usedStep + 1))).toEqual({ ok: false, reason: 'expired' });
    expect(await verifySecondStep(claimsOf(co.itOwner), '123456')).toEqual({ ok: false, reason: 'expired' });
 });
});

describe('recovery codes and turning it off', () => {
  it('makes new recovery codes with a current code; the old ones stop working', async () => {
    const co = await createCompany('Regen');
    const { secret, usedStep, recoveryCodes } = await enrolMfa(co.itOwner);
    expect((await errorOf(regenerateRecoveryCodes(co.itOwner, recoveryCodes[0]!)))?.fieldErrors).toEqual({ code: ['mfaCodeWrong'] });
    const fresh = await regenerateRecoveryCodes(co.itOwner, await totpCodeAt(secret, usedStep + 1));
    expect(fresh).toHaveLength(10);
    expect(await verifySecondStep(claimsOf(co.itOwner), recoveryCodes[1]!)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifySecondStep(claimsOf(co.itOwner), fresh[0]!)).toMatchObject({ ok: true });
 });

  it('turns off with the password or a current code, and not with a wrong one', async () => {
    const co = await createCompany('Off');
    await enrolMfa(co.manager);
    expect((await errorOf(disableMfa(co.manager, 'not my password')))?.fieldErrors).toEqual({ codeOrPassword: ['mfaProofWrong'] });
    expect((await userRow(co.manager.userId)).mfa_enabled_at).not.toBeNull();
    await disableMfa(co.manager, FIXTURE_PASSWORD);
    expect(await userRow(co.manager.userId)).toEqual({ mfa_secret: null, mfa_enabled_at: null, totp_last_step: null });
    expect(await owner(async (c) => (await c.query('SELECT count(*)::int AS n FROM mfa_recovery_code WHERE user_id = $1', [co.manager.userId])).rows[0].n)).toBe(0);
    expect(await auditOf(co.manager.userId, 'auth.mfa.disabled')).toHaveLength(1);

    const again = await enrolMfa(co.advisor);
    await disableMfa(co.advisor, await totpCodeAt(again.secret, again.usedStep + 1));
    expect((await mfaStatus(co.advisor)).enabled).toBe(false);
 });

  it('is refused while a company of the user requires it', async () => {
    const co = await createCompany('Policy');
    await enrolMfa(co.itOwner);
    await owner((c) => c.query('UPDATE company SET require_mfa = true WHERE id = $1', [co.companyId]));
    expect((await mfaStatus(co.itOwner)).requiredByCompany).toBe(true);
    expect((await errorOf(disableMfa(co.itOwner, FIXTURE_PASSWORD)))?.messageKey).toBe('mfaRequiredByCompany');
    expect((await userRow(co.itOwner.userId)).mfa_enabled_at).not.toBeNull();
    // Company A's policy says nothing about company B's members.
    expect((await mfaStatus(a.itOwner)).requiredByCompany).toBe(false);
 });
});
