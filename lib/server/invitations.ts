import 'server-only';
import { randomUUID } from 'node:crypto';
import { isUuid, type InviteInput } from '@/lib/schemas/team';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { AppError, notFound } from './errors';
import { sendInvitationMail, type InvitationMail } from './invitation-mail';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';
import { hit, limits } from './throttle';
import { newToken } from './tokens';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Every invitation mail counts against the company's hourly budget: a stolen manager session cannot spam. */
async function throttleInvites(ctx: TenantContext) {
  if ((await hit(limits.invitePerCompany, ctx.companyId)) > limits.invitePerCompany.max) {
    throw new AppError('THROTTLED', 'throttled');
  }
}

async function mailContext(tx: Tx, ctx: TenantContext) {
  const company = await tx.company.findFirst({ where: { id: ctx.companyId }, select: { name: true } });
  const inviter = await tx.user.findFirst({ where: { id: ctx.userId }, select: { name: true } });
  return { companyName: company?.name ?? '', inviterName: inviter?.name ?? '' };
}

/** A manager invites someone by email with a role. The mail goes out after commit; the token exists only in it. */
export async function createInvitation(ctx: TenantContext, input: InviteInput) {
  await authorize(ctx, 'members.manage');
  await throttleInvites(ctx);
  const { token, hash } = newToken();
  const invitationId = randomUUID();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const mail: InvitationMail = await withTenant(ctx, async (tx) => {
    // Serialises invitations of one address to one company, so two quick submits cannot both pass the checks below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invite:${ctx.companyId}:${input.email}`}, 0))`;
    const member = await tx.membership.findFirst({ where: scoped(ctx, { user: { email: input.email } }), select: { id: true } });
    if (member) throw new AppError('CONFLICT', 'conflict', { email: ['alreadyMember'] });
    // An expired but unanswered invitation still counts: the manager resends it instead of stacking up links.
    const pending = await tx.invitation.findFirst({
      where: scoped(ctx, { email: input.email, acceptedAt: null, revokedAt: null }),
      select: { id: true },
    });
    if (pending) throw new AppError('CONFLICT', 'conflict', { email: ['alreadyInvited'] });
    await tx.invitation.create({
      data: {
        id: invitationId,
        companyId: ctx.companyId,
        email: input.email,
        role: input.role,
        locale: input.locale,
        tokenHash: hash,
        invitedById: ctx.userId,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      action: 'invitation.created',
      target: input.email,
      data: { invitationId, role: input.role, locale: input.locale },
    });
    return { to: input.email, locale: input.locale, role: input.role, token, expiresAt, ...(await mailContext(tx, ctx)) };
  });
  await sendInvitationMail(mail);
  return { invitationId };
}

/** Pending invitations (not accepted, not revoked; expired ones included so they can be resent). */
export async function listInvitations(ctx: TenantContext) {
  await authorize(ctx, 'members.manage');
  return withTenant(ctx, (tx) =>
    tx.invitation.findMany({
      where: scoped(ctx, { acceptedAt: null, revokedAt: null }),
      select: { id: true, email: true, role: true, locale: true, expiresAt: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  );
}

/** A new token and a new week: the old link stops working, because only the new token's hash is kept. */
export async function resendInvitation(ctx: TenantContext, input: { invitationId: string }) {
  await authorize(ctx, 'members.manage');
  if (!isUuid(input.invitationId)) throw notFound();
  await throttleInvites(ctx);
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const mail: InvitationMail = await withTenant(ctx, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: scoped(ctx, { id: input.invitationId, acceptedAt: null, revokedAt: null }),
      data: { tokenHash: hash, expiresAt },
    });
    if (count !== 1) throw notFound();
    const invitation = await tx.invitation.findFirstOrThrow({
      where: scoped(ctx, { id: input.invitationId }),
      select: { email: true, role: true, locale: true },
    });
    await recordAudit(tx, ctx, { action: 'invitation.resent', target: invitation.email, data: { invitationId: input.invitationId } });
    return { to: invitation.email, locale: invitation.locale, role: invitation.role, token, expiresAt, ...(await mailContext(tx, ctx)) };
  });
  await sendInvitationMail(mail);
}

export async function revokeInvitation(ctx: TenantContext, input: { invitationId: string }) {
  await authorize(ctx, 'members.manage');
  if (!isUuid(input.invitationId)) throw notFound();
  await withTenant(ctx, async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: scoped(ctx, { id: input.invitationId, acceptedAt: null, revokedAt: null }),
      select: { email: true },
    });
    // Conditional update: an acceptance racing this revocation wins or loses as a whole, never half.
    const { count } = await tx.invitation.updateMany({
      where: scoped(ctx, { id: input.invitationId, acceptedAt: null, revokedAt: null }),
      data: { revokedAt: new Date() },
    });
    if (!invitation || count !== 1) throw notFound();
    await recordAudit(tx, ctx, { action: 'invitation.revoked', target: invitation.email, data: { invitationId: input.invitationId } });
  });
}
