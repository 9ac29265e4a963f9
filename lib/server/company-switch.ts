import 'server-only';
import { isUuid } from '@/lib/schemas/team';
import type { SessionClaims } from './accounts';
import { recordAudit } from './audit';
import { notFound } from './errors';
import { withTenant, withUser, type TenantContext } from './tenant';

/** The companies the signed-in user belongs to (RLS: own memberships only), oldest first, for the switcher. */
export async function listMyCompanies(ctx: Pick<TenantContext, 'userId'>) {
  const rows = await withUser(ctx.userId, (tx) =>
    tx.membership.findMany({
      where: { userId: ctx.userId },
      select: { companyId: true, role: true, company: { select: { name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
  );
  return rows.map((m) => ({ companyId: m.companyId, role: m.role, name: m.company.name }));
}

/**
 * The claims for a session in another of the user's companies. The requested company is input, so it is
 * only a wish until the membership is found with the user's own rights; an outsider's company is NOT_FOUND.
 */
export async function switchCompany(ctx: TenantContext, input: { companyId: string }): Promise<SessionClaims> {
  if (!isUuid(input.companyId)) throw notFound();
  const sessionVersion = await withUser(ctx.userId, async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId: ctx.userId, companyId: input.companyId }, select: { id: true } });
    const user = await tx.user.findFirst({ where: { id: ctx.userId }, select: { sessionVersion: true } });
    return membership && user ? user.sessionVersion : null;
  });
  if (sessionVersion === null) throw notFound();
  const target = { userId: ctx.userId, companyId: input.companyId };
  await withTenant(target, (tx) => recordAudit(tx, target, { action: 'auth.company_switched', data: { from: ctx.companyId } }));
  return { ...target, sessionVersion };
}
