import 'server-only';
import { recordAudit } from './audit';
import { AppError } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

/** The company's security policy and how many members still lack two-step sign-in. Managers only. */
export async function companySecurity(ctx: TenantContext) {
  await authorize(ctx, 'company.update');
  return withTenant(ctx, async (tx) => {
    const company = await tx.company.findFirst({ where: { id: ctx.companyId }, select: { name: true, requireMfa: true } });
    if (!company) throw new AppError('NOT_FOUND', 'notFound');
    const withoutMfa = await tx.membership.count({ where: scoped(ctx, { user: { mfaEnabledAt: null } }) });
    return { ...company, membersWithoutMfa: withoutMfa };
  });
}

/**
 * Requires (or stops requiring) two-step sign-in for every member. A manager must have it on themselves first:
 * otherwise the policy would shut them out of the page where they just set it.
 */
export async function setRequireMfa(ctx: TenantContext, required: boolean): Promise<void> {
  await authorize(ctx, 'company.update');
  await withTenant(ctx, async (tx) => {
    if (required) {
      const me = await tx.user.findFirst({ where: { id: ctx.userId }, select: { mfaEnabledAt: true } });
      if (!me?.mfaEnabledAt) throw new AppError('CONFLICT', 'enableMfaFirst');
    }
    const changed = await tx.company.updateMany({ where: { id: ctx.companyId, requireMfa: !required }, data: { requireMfa: required } });
    if (changed.count === 0) return; // already so: nothing changed, nothing to audit
    await recordAudit(tx, ctx, { action: 'company.mfa_required_changed', data: { required } });
  });
}
