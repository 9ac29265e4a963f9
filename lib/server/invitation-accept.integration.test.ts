import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/permissions';
import { createCompany, FIXTURE_PASSWORD, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { verifyCredentials } from './accounts';
import { AppError } from './errors';
import { acceptWithNewAccount, joinWithExistingAccount, lookupInvitation } from './invitation-accept';
import { createInvitation, resendInvitation, revokeInvitation } from './invitations';
import { limits, throttleKey } from './throttle';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});
beforeEach(async () => {
  await owner((c) => c.query('DELETE FROM rate_limit'));
});

const PASSWORD = 'くもの うえで あんぜん 2026';
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.jp`;

/** Invites `to` into `co` as its manager and returns the link's token, read from the outbox like the invitee would. */
async function invite(co: TestCompany, to: string, role: Role = 'IT_OWNER') {
  const { invitationId } = await createInvitation(ctx(co.manager), { email: to, role, locale: 'ja' });
  const text = await owner(async (c) => (await c.query('SELECT text FROM mail_outbox WHERE "to" = $1 ORDER BY id DESC LIMIT 1', [to])).rows[0].text);
  return { invitationId, token: /\/invite\/([A-Za-z0-9_-]+)/.exec(text)![1]! };
}
const invitation = (id: string) => owner(async (c) => (await c.query('SELECT * FROM invitation WHERE id = $1', [id])).rows[0]);
const usersWith = (email: string) => owner(async (c) => (await c.query('SELECT * FROM "user" WHERE email = $1', [email])).rows);
const membershipsOf = (userId: string) =>
  owner(async (c) => (await c.query('SELECT company_id, role FROM membership WHERE user_id = $1 ORDER BY created_at', [userId])).rows);
const auditRows = (companyId: string, action: string) =>
  owner(async (c) => (await c.query('SELECT * FROM audit_event WHERE company_id = $1 AND action = $2 ORDER BY id', [companyId, action])).rows);

describe('lookupInvitation', () => {
  it('shows a valid invitation with its company, email and role, and whether the email has an account', async () => {
    const to = newEmail('look');
    const { token } = await invite(a, to, 'ADVISOR');
    expect(await lookupInvitation(token)).toMatchObject({ status: 'valid', companyName: a.name, email: to, role: 'ADVISOR', hasAccount: false });
    const existing = await invite(b, a.advisor.email);
    expect(await lookupInvitation(existing.token)).toMatchObject({ status: 'valid', hasAccount: true });
 });

  it('answers unknown and malformed tokens alike', async () => {
    for (const token of ['x'.repeat(43), '../../etc', "' OR 1=1 --", 'a'.repeat(5000)]) {
      expect(await lookupInvitation(token)).toEqual({ status: 'invalid' });
 }
 });
});

describe('acceptWithNewAccount', () => {
  it('creates the user with the invitation’s email, the membership with its role, and audits it', async () => {
    const to = newEmail('newbie');
    const { invitationId, token } = await invite(a, to, 'IT_OWNER');
    const claims = await acceptWithNewAccount({ token, name: '𠮷田 花子', password: PASSWORD });
    expect(claims).toMatchObject({ companyId: a.companyId, sessionVersion: 1 });
    const [user] = await usersWith(to);
    expect(user).toMatchObject({ id: claims.userId, name: '𠮷田 花子', locale: 'ja' });
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await membershipsOf(claims.userId)).toEqual([{ company_id: a.companyId, role: 'IT_OWNER' }]);
    expect((await invitation(invitationId)).accepted_at).not.toBeNull();
    const [audit] = await auditRows(a.companyId, 'invitation.accepted');
    expect(audit).toMatchObject({ actor_id: claims.userId, target: to, data: { invitationId, role: 'IT_OWNER', newAccount: true } });
    // The new account signs in like any other and opens the company it joined.
    const signIn = await verifyCredentials(to, PASSWORD);
    expect(signIn.ok && signIn.claims.companyId).toBe(a.companyId);
 });

  it('refuses a reused token: one account, one membership (security.md 16)', async () => {
    const to = newEmail('reuse');
    const { token } = await invite(a, to);
    await acceptWithNewAccount({ token, name: '一回目', password: PASSWORD });
    const err = await failure(acceptWithNewAccount({ token, name: '二回目', password: PASSWORD }));
    expect(err?.messageKey).toBe('invitationAccepted');
    expect((await usersWith(to)).map((u) => u.name)).toEqual(['一回目']);
 });

  it('lets only one of two simultaneous acceptances of one token through', async () => {
    const to = newEmail('race');
    const { token } = await invite(a, to);
    const results = await Promise.allSettled([
      acceptWithNewAccount({ token, name: 'First', password: PASSWORD }),
      acceptWithNewAccount({ token, name: 'Second', password: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await usersWith(to)).toHaveLength(1);
 });

  it('loses cleanly to a revocation that commits while it is accepting (the single-use UPDATE decides)', async () => {
    const to = newEmail('revoke-race');
    const { token, invitationId } = await invite(a, to);
    const outcome = await owner(async (c) => {
      await c.query('BEGIN');
      await c.query('SELECT id FROM invitation WHERE id = $1 FOR UPDATE', [invitationId]);
      const accepting = acceptWithNewAccount({ token, name: 'Late', password: PASSWORD }).then(() => null, (e: unknown) => e as AppError);
      await expect
        .poll(async () => {
          await c.query('SELECT pg_stat_clear_snapshot()');
          const sql = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
          return (await c.query(sql)).rows[0].n;
 })
        .toBe(1);
      await c.query('UPDATE invitation SET revoked_at = now() WHERE id = $1', [invitationId]);
      await c.query('COMMIT');
      return accepting;
 });
    expect(outcome?.messageKey).toBe('invitationInvalid');
    expect(await usersWith(to)).toEqual([]);
    expect((await invitation(invitationId)).accepted_at).toBeNull();
 });

  it('refuses an expired, a revoked and a superseded link, writing nothing', async () => {
    const expired = await invite(a, newEmail('expired'));
    await owner((c) => c.query("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1", [expired.invitationId]));
    const revoked = await invite(a, newEmail('revoked'));
    await revokeInvitation(ctx(a.manager), { invitationId: revoked.invitationId });
    const resent = await invite(a, newEmail('resent'));
    await resendInvitation(ctx(a.manager), { invitationId: resent.invitationId });

    const usersBefore = await owner(async (c) => (await c.query('SELECT count(*)::int AS n FROM "user"')).rows[0].n);
    for (const [token, key] of [
      [expired.token, 'invitationExpired'],
      [revoked.token, 'invitationRevoked'],
      [resent.token, 'invitationInvalid'],
    ] as const) {
      const err = await failure(acceptWithNewAccount({ token, name: 'Nobody', password: PASSWORD }));
      expect(err?.messageKey).toBe(key);
 }
    expect(await owner(async (c) => (await c.query('SELECT count(*)::int AS n FROM "user"')).rows[0].n)).toBe(usersBefore);
    expect((await invitation(expired.invitationId)).accepted_at).toBeNull();
 });

  it('asks an existing account to sign in instead of creating a second one', async () => {
    const { token, invitationId } = await invite(a, b.itOwner.email);
    const err = await failure(acceptWithNewAccount({ token, name: 'Impostor', password: PASSWORD }));
    expect(err?.messageKey).toBe('invitationAccountExists');
    expect(await membershipsOf(b.itOwner.userId)).toEqual([{ company_id: b.companyId, role: 'IT_OWNER' }]);
    expect((await invitation(invitationId)).accepted_at).toBeNull();
 });

  it('applies the password rules and leaves the invitation usable', async () => {
    const to = newEmail('weak');
    const { token, invitationId } = await invite(a, to);
    const err = await failure(acceptWithNewAccount({ token, name: 'Weak', password: 'password' }));
    expect(err?.fieldErrors).toEqual({ password: ['common'] });
    expect(await usersWith(to)).toEqual([]);
    expect((await invitation(invitationId)).accepted_at).toBeNull();
 });

  it('throttles acceptance attempts per address', async () => {
    const { token } = await invite(a, newEmail('throttle'));
    await owner((c) =>
      c.query('INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, now(), $2)', [
        throttleKey(limits.invitationAcceptPerIp, 'unknown'),
        limits.invitationAcceptPerIp.max,
      ]),
    );
    expect((await failure(acceptWithNewAccount({ token, name: 'Flood', password: PASSWORD })))?.code).toBe('THROTTLED');
    expect(await lookupInvitation(token)).toEqual({ status: 'throttled' });
 });
});

describe('joinWithExistingAccount', () => {
  it('adds a signed-in user of company B to company A with one step, keeping B', async () => {
    const { token, invitationId } = await invite(a, b.advisor.email, 'ADVISOR');
    const claims = await joinWithExistingAccount({ userId: b.advisor.userId }, { token });
    expect(claims).toEqual({ userId: b.advisor.userId, companyId: a.companyId, sessionVersion: 1 });
    expect(await membershipsOf(b.advisor.userId)).toEqual([
      { company_id: b.companyId, role: 'ADVISOR' },
      { company_id: a.companyId, role: 'ADVISOR' },
    ]);
    expect((await invitation(invitationId)).accepted_at).not.toBeNull();
    const audits = await auditRows(a.companyId, 'invitation.accepted');
    expect(audits.at(-1)).toMatchObject({ actor_id: b.advisor.userId, data: { invitationId, newAccount: false } });
    expect((await failure(joinWithExistingAccount({ userId: b.advisor.userId }, { token })))?.messageKey).toBe('invitationAccepted');
 });

  it('lands the user in the invitation’s company, never in the one their session is in', async () => {
    // B's manager, signed in to B, uses a token of company A: the membership is created in A only.
    const co = await createCompany('Gamma');
    const { token } = await invite(co, b.manager.email, 'IT_OWNER');
    const bMembersBefore = await owner(async (c) => (await c.query('SELECT * FROM membership WHERE company_id = $1 ORDER BY id', [b.companyId])).rows);
    const claims = await joinWithExistingAccount({ userId: b.manager.userId }, { token });
    expect(claims.companyId).toBe(co.companyId);
    expect(await owner(async (c) => (await c.query('SELECT * FROM membership WHERE company_id = $1 ORDER BY id', [b.companyId])).rows)).toEqual(
      bMembersBefore,
    );
    expect(await membershipsOf(b.manager.userId)).toContainEqual({ company_id: co.companyId, role: 'IT_OWNER' });
 });

  it('refuses a user whose email differs from the invitation’s, records it, and leaves the invitation usable', async () => {
    const to = newEmail('intended');
    const { token, invitationId } = await invite(a, to);
    const err = await failure(joinWithExistingAccount({ userId: b.itOwner.userId }, { token }));
    expect(err?.code).toBe('FORBIDDEN');
    expect(err?.messageKey).toBe('invitationWrongEmail');
    expect(await membershipsOf(b.itOwner.userId)).toEqual([{ company_id: b.companyId, role: 'IT_OWNER' }]);
    expect((await invitation(invitationId)).accepted_at).toBeNull();
    const [denied] = await auditRows(a.companyId, 'invitation.accept_denied');
    expect(denied).toMatchObject({ actor_id: b.itOwner.userId, data: { invitationId, reason: 'wrong_email' } });
 });

  it('refuses a user who is already a member', async () => {
    const { token } = await invite(b, a.itOwner.email);
    await owner((c) =>
      c.query("INSERT INTO membership (id, company_id, user_id, role) VALUES ($1, $2, $3, 'ADVISOR')", [randomUUID(), b.companyId, a.itOwner.userId]),
    );
    expect((await failure(joinWithExistingAccount({ userId: a.itOwner.userId }, { token })))?.messageKey).toBe('alreadyMember');
 });

  it('refuses an expired link', async () => {
    const { token, invitationId } = await invite(b, a.manager.email);
    await owner((c) => c.query("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1", [invitationId]));
    expect((await failure(joinWithExistingAccount({ userId: a.manager.userId }, { token })))?.messageKey).toBe('invitationExpired');
    expect(await membershipsOf(a.manager.userId)).toEqual([{ company_id: a.companyId, role: 'MANAGER' }]);
 });
});

describe('a new account is usable right away', () => {
  it('signs in with the fixture-independent password it chose', async () => {
    const to = newEmail('signin');
    const { token } = await invite(b, to, 'ADVISOR');
    await acceptWithNewAccount({ token, name: 'Sign In', password: PASSWORD });
    expect((await verifyCredentials(to, FIXTURE_PASSWORD)).ok).toBe(false);
    expect((await verifyCredentials(to, PASSWORD)).ok).toBe(true);
 });
});
