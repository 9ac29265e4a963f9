import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inviteSchema } from '@/lib/schemas/team';
import { createCompany, owner, type TestCompany, ctx } from '@/tests/fixtures';
import { AppError } from './errors';
import { lookupInvitation } from './invitation-accept';
import { createInvitation, listInvitations, resendInvitation, revokeInvitation } from './invitations';
import { limits, throttleKey } from './throttle';
import { hashToken } from './tokens';

let a: TestCompany;
let b: TestCompany;
beforeAll(async () => {
  a = await createCompany('Alpha');
  b = await createCompany('Beta');
});
beforeEach(async () => {
  await owner((c) => c.query('DELETE FROM rate_limit'));
});

const email = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.jp`;
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

const mails = (to: string) =>
  owner(async (c) => (await c.query('SELECT subject, text, html FROM mail_outbox WHERE "to" = $1 ORDER BY id DESC', [to])).rows);
const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
const invitationRows = (companyId: string, to: string) =>
  owner(async (c) => (await c.query('SELECT * FROM invitation WHERE company_id = $1 AND email = $2', [companyId, to])).rows);
const auditRows = (companyId: string, action: string) =>
  owner(async (c) => (await c.query('SELECT * FROM audit_event WHERE company_id = $1 AND action = $2 ORDER BY id', [companyId, action])).rows);

describe('createInvitation', () => {
  it('lets a manager invite: a hashed, 7-day token, an audit row and a mail in the chosen language', async () => {
    const to = email('it');
    const { invitationId } = await createInvitation(ctx(a.manager), { email: to, role: 'IT_OWNER', locale: 'ja' });
    const [row] = await invitationRows(a.companyId, to);
    expect(row).toMatchObject({ id: invitationId, role: 'IT_OWNER', locale: 'ja', invited_by_id: a.manager.userId, accepted_at: null });
    const days = (row.expires_at.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const [mail] = await mails(to);
    const token = tokenIn(mail.text);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored; the token itself appears nowhere in the row.
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(mail.subject).toContain(a.name);
    expect(mail.text).toContain('「IT担当」');
    expect(mail.text).toContain(`http://localhost:3000/invite/${token}`);

    const [audit] = await auditRows(a.companyId, 'invitation.created');
    expect(audit).toMatchObject({ actor_id: a.manager.userId, target: to, data: { invitationId, role: 'IT_OWNER', locale: 'ja' } });
    expect(JSON.stringify(await auditRows(a.companyId, 'invitation.created'))).not.toContain(token);
 });

  it('writes the mail in English with an /en link when the invitation says so', async () => {
    const to = email('en');
    await createInvitation(ctx(a.manager), { email: to, role: 'ADVISOR', locale: 'en' });
    const [mail] = await mails(to);
    expect(mail.subject).toBe(`Alpha MANAGER has invited you to ${a.name} on Kumo Check`);
    expect(mail.text).toContain('Your role is Advisor');
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/en\/invite\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toMatch(/[\u3040-\u30ff]/);
 });

  it('refuses IT owners and advisors, records the denial, and writes nothing (security.md 6)', async () => {
    for (const member of [a.itOwner, a.advisor]) {
      const to = email('escalate');
      const err = await failure(createInvitation(ctx(member), { email: to, role: 'MANAGER', locale: 'ja' }));
      expect(err?.code).toBe('FORBIDDEN');
      expect(await invitationRows(a.companyId, to)).toEqual([]);
      expect(await mails(to)).toEqual([]);
      const denials = await auditRows(a.companyId, 'access.denied');
      expect(denials.some((d) => d.actor_id === member.userId && d.data.attempted === 'members.manage')).toBe(true);
 }
 });

  it('refuses an existing member and a pending invitation (resend instead)', async () => {
    const member = await failure(createInvitation(ctx(a.manager), { email: a.advisor.email, role: 'ADVISOR', locale: 'ja' }));
    expect(member?.fieldErrors).toEqual({ email: ['alreadyMember'] });
    const to = email('twice');
    await createInvitation(ctx(a.manager), { email: to, role: 'ADVISOR', locale: 'ja' });
    const again = await failure(createInvitation(ctx(a.manager), { email: to, role: 'MANAGER', locale: 'ja' }));
    expect(again?.fieldErrors).toEqual({ email: ['alreadyInvited'] });
    expect(await invitationRows(a.companyId, to)).toHaveLength(1);
    // Another company may invite the same person: invitations are per company.
    await createInvitation(ctx(b.manager), { email: to, role: 'IT_OWNER', locale: 'ja' });
    expect(await invitationRows(b.companyId, to)).toHaveLength(1);
 });

  it('creates one invitation when the same address is submitted twice at once', async () => {
    const to = email('double');
    const results = await Promise.allSettled([1, 2].map(() => createInvitation(ctx(a.manager), { email: to, role: 'ADVISOR', locale: 'ja' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await invitationRows(a.companyId, to)).toHaveLength(1);
 });

  it('ignores a companyId smuggled into the payload (security.md 3)', async () => {
    const to = email('smuggle');
    const input = inviteSchema.parse({ email: to, role: 'ADVISOR', locale: 'ja', companyId: a.companyId });
    expect(input).not.toHaveProperty('companyId');
    await createInvitation(ctx(b.manager), { ...input, companyId: a.companyId } as typeof input);
    expect(await invitationRows(a.companyId, to)).toEqual([]);
    expect(await invitationRows(b.companyId, to)).toHaveLength(1);
 });

  it('throttles invitations per company', async () => {
    await owner((c) =>
      c.query('INSERT INTO rate_limit (key, window_start, hits) VALUES ($1, now(), $2)', [
        throttleKey(limits.invitePerCompany, a.companyId),
        limits.invitePerCompany.max,
      ]),
    );
    const to = email('flood');
    const err = await failure(createInvitation(ctx(a.manager), { email: to, role: 'ADVISOR', locale: 'ja' }));
    expect(err?.code).toBe('THROTTLED');
    expect(await invitationRows(a.companyId, to)).toEqual([]);
    expect(await mails(to)).toEqual([]);
 });
});

describe('listInvitations', () => {
  it('lists only the own company’s pending invitations, for managers only', async () => {
    const co = await createCompany('Listing');
    const other = await createCompany('Elsewhere');
    const pending = email('pending');
    const revoked = email('revoked');
    await createInvitation(ctx(co.manager), { email: pending, role: 'ADVISOR', locale: 'en' });
    const { invitationId } = await createInvitation(ctx(co.manager), { email: revoked, role: 'ADVISOR', locale: 'ja' });
    await revokeInvitation(ctx(co.manager), { invitationId });
    await createInvitation(ctx(other.manager), { email: email('other'), role: 'ADVISOR', locale: 'ja' });
    const list = await listInvitations(ctx(co.manager));
    expect(list.map((i) => [i.email, i.locale])).toEqual([[pending, 'en']]);
    expect((await failure(listInvitations(ctx(co.itOwner))))?.code).toBe('FORBIDDEN');
 });
});

describe('resendInvitation', () => {
  it('issues a new token: the old link stops working, the new one works', async () => {
    const to = email('resend');
    const { invitationId } = await createInvitation(ctx(a.manager), { email: to, role: 'IT_OWNER', locale: 'ja' });
    const oldToken = tokenIn((await mails(to))[0].text);
    await owner((c) => c.query("UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1", [invitationId]));
    expect((await lookupInvitation(oldToken)).status).toBe('expired');

    await resendInvitation(ctx(a.manager), { invitationId });
    const newToken = tokenIn((await mails(to))[0].text);
    expect(newToken).not.toBe(oldToken);
    expect((await lookupInvitation(oldToken)).status).toBe('invalid');
    expect(await lookupInvitation(newToken)).toMatchObject({ status: 'valid', email: to, role: 'IT_OWNER', companyName: a.name });
    const [row] = await invitationRows(a.companyId, to);
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect((await auditRows(a.companyId, 'invitation.resent')).some((r) => r.data.invitationId === invitationId)).toBe(true);
 });
});

describe('revokeInvitation', () => {
  it('revokes: the link shows as revoked and a second revoke is NOT_FOUND', async () => {
    const to = email('revoke');
    const { invitationId } = await createInvitation(ctx(a.manager), { email: to, role: 'ADVISOR', locale: 'ja' });
    const token = tokenIn((await mails(to))[0].text);
    await revokeInvitation(ctx(a.manager), { invitationId });
    expect((await lookupInvitation(token)).status).toBe('revoked');
    expect((await failure(revokeInvitation(ctx(a.manager), { invitationId })))?.code).toBe('NOT_FOUND');
    expect((await failure(resendInvitation(ctx(a.manager), { invitationId })))?.code).toBe('NOT_FOUND');
    expect((await auditRows(a.companyId, 'invitation.revoked')).map((r) => r.target)).toContain(to);
 });
});

describe('company B with company A’s invitation ids (security.md 2)', () => {
  it('gets NOT_FOUND for resend and revoke, and A’s invitation is unchanged', async () => {
    const to = email('cross');
    const { invitationId } = await createInvitation(ctx(a.manager), { email: to, role: 'IT_OWNER', locale: 'ja' });
    const [before] = await invitationRows(a.companyId, to);
    expect((await failure(resendInvitation(ctx(b.manager), { invitationId })))?.code).toBe('NOT_FOUND');
    expect((await failure(revokeInvitation(ctx(b.manager), { invitationId })))?.code).toBe('NOT_FOUND');
    expect((await failure(revokeInvitation(ctx(b.manager), { invitationId: '../x' })))?.code).toBe('NOT_FOUND');
    expect(await invitationRows(a.companyId, to)).toEqual([before]);
    expect(await mails(to)).toHaveLength(1);
 });
});
