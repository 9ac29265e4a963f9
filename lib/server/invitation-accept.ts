import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Role } from '@/lib/domain/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { invitationTokenSchema, type AcceptNewAccountInput } from '@/lib/schemas/team';
import type { SessionClaims } from './accounts';
import { recordAudit } from './audit';
import { db, type Tx } from './db';
import { AppError } from './errors';
import { hashPassword, passwordProblem } from './passwords';
import { clientIp } from './request-meta';
import { scoped, withTenant } from './tenant';
import { hit, isThrottled, limits } from './throttle';
import { hashToken } from './tokens';

type Row = {
  id: string;
  company_id: string;
  company_name: string;
  email: string;
  role: Role;
  locale: 'ja' | 'en';
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
};

/**
 * Cross-tenant by necessity: the invitee is not in the company yet, so the link's token is the only key.
 * Goes through the SECURITY DEFINER function invitation_by_token, which finds a row by the token's hash only.
 */
async function unsafeInvitationByToken(token: string): Promise<(Row & { hash: string }) | null> {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const hash = hashToken(token);
  const rows = await db().$queryRaw<Row[]>`
    SELECT id, company_id, company_name, email, role::text AS role, locale::text AS locale, expires_at, accepted_at, revoked_at
      FROM invitation_by_token(${hash})`;
  return rows[0] ? { ...rows[0], hash } : null;
}

/** Whether someone already has an account with this email (the invitation's, never one from a form). */
async function unsafeAccountExists(email: string) {
  const rows = await db().$queryRaw<{ id: string }[]>`SELECT id FROM auth_user_by_email(${email})`;
  return rows.length > 0;
}

type Unusable = 'expired' | 'accepted' | 'revoked';
function unusable(row: Row): Unusable | null {
  if (row.revoked_at) return 'revoked';
  if (row.accepted_at) return 'accepted';
  if (row.expires_at.getTime() <= Date.now()) return 'expired';
  return null;
}

const unusableKey = { expired: 'invitationExpired', accepted: 'invitationAccepted', revoked: 'invitationRevoked' } as const;

export type InvitationView =
  | { status: 'throttled' | 'invalid' }
  | { status: Unusable; companyName: string }
  | { status: 'valid'; companyId: string; companyName: string; email: string; role: Role; expiresAt: Date; hasAccount: boolean };

/** What the invitation page shows. Unknown tokens count against the address's attempts. */
export async function lookupInvitation(token: string): Promise<InvitationView> {
  const ip = await clientIp();
  if (await isThrottled(limits.invitationAcceptPerIp, ip)) return { status: 'throttled' };
  const row = await unsafeInvitationByToken(token);
  if (!row) {
    await hit(limits.invitationAcceptPerIp, ip);
    return { status: 'invalid' };
  }
  const problem = unusable(row);
  if (problem) return { status: problem, companyName: row.company_name };
  return {
    status: 'valid',
    companyId: row.company_id,
    companyName: row.company_name,
    email: row.email,
    role: row.role,
    expiresAt: row.expires_at,
    hasAccount: await unsafeAccountExists(row.email),
  };
}

/** Every acceptance attempt counts; then the token must name a live invitation. */
async function usableInvitation(token: string) {
  if ((await hit(limits.invitationAcceptPerIp, await clientIp())) > limits.invitationAcceptPerIp.max) {
    throw new AppError('THROTTLED', 'throttled');
  }
  const row = await unsafeInvitationByToken(token);
  if (!row) throw new AppError('NOT_FOUND', 'invitationInvalid');
  const problem = unusable(row);
  if (problem) throw new AppError('CONFLICT', unusableKey[problem]);
  return row;
}

/**
 * Single use, decided by the database: only one transaction can flip accepted_at, and only while the token is
 * still this invitation's current one (a resend replaced it), unrevoked and unexpired by the database's clock.
 */
async function consume(tx: Tx, invitation: Row & { hash: string }) {
  const updated = await tx.$executeRaw`
    UPDATE invitation SET accepted_at = now()
     WHERE id = ${invitation.id}::uuid AND token_hash = ${invitation.hash}
       AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;
  if (updated !== 1) throw new AppError('CONFLICT', 'invitationInvalid');
}

const accountExists = () => new AppError('CONFLICT', 'invitationAccountExists');

/** A newcomer sets name and password; the account gets the invitation's email, whatever the form said. */
export async function acceptWithNewAccount(input: AcceptNewAccountInput): Promise<SessionClaims> {
  const invitation = await usableInvitation(input.token);
  if (await unsafeAccountExists(invitation.email)) throw accountExists();
  const problem = passwordProblem(input.password, invitation.email);
  if (problem) throw new AppError('VALIDATION', 'validation', { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  const ids = { userId: randomUUID(), companyId: invitation.company_id };
  try {
    await withTenant(ids, async (tx) => {
      await consume(tx, invitation);
      await tx.user.create({
        data: { id: ids.userId, email: invitation.email, name: input.name, passwordHash, locale: invitation.locale },
        select: { id: true },
      });
      await tx.membership.create({
        data: { id: randomUUID(), companyId: ids.companyId, userId: ids.userId, role: invitation.role },
        select: { id: true },
      });
      await recordAudit(tx, ids, {
        action: 'invitation.accepted',
        target: invitation.email,
        data: { invitationId: invitation.id, role: invitation.role, newAccount: true },
      });
    });
  } catch (err) {
    // Someone signed up with this email between the check and the insert.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw accountExists();
    throw err;
  }
  return { ...ids, sessionVersion: 1 };
}

/**
 * A signed-in user joins with one click. The company comes from the invitation, never from the user's current
 * session; the user must be the person the invitation was sent to.
 */
export async function joinWithExistingAccount(user: { userId: string }, input: { token: string }): Promise<SessionClaims> {
  const invitation = await usableInvitation(input.token);
  const ctx = { userId: user.userId, companyId: invitation.company_id };
  const outcome = await withTenant(ctx, async (tx) => {
    const me = await tx.user.findFirst({ where: { id: ctx.userId }, select: { email: true, sessionVersion: true } });
    if (!me) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
    if (me.email.toLowerCase() !== invitation.email.toLowerCase()) {
      // Only the refusal is committed: the inviting company's log shows that its link was tried by someone else.
      await recordAudit(tx, ctx, {
        action: 'invitation.accept_denied',
        target: invitation.email,
        data: { invitationId: invitation.id, reason: 'wrong_email' },
      });
      return null;
    }
    const existing = await tx.membership.findFirst({ where: scoped(ctx, { userId: ctx.userId }), select: { id: true } });
    if (existing) throw new AppError('CONFLICT', 'alreadyMember');
    await consume(tx, invitation);
    await tx.membership.create({
      data: { id: randomUUID(), companyId: ctx.companyId, userId: ctx.userId, role: invitation.role },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: 'invitation.accepted',
      target: invitation.email,
      data: { invitationId: invitation.id, role: invitation.role, newAccount: false },
    });
    return me.sessionVersion;
  });
  if (outcome === null) throw new AppError('FORBIDDEN', 'invitationWrongEmail');
  return { ...ctx, sessionVersion: outcome };
}
