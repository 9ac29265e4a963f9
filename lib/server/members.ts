import 'server-only';
import type { Role } from '@/lib/domain/permissions';
import { isUuid } from '@/lib/schemas/team';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { AppError, notFound } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

/** Everyone in the company sees who else is in it (design.md: view everything in own company). */
export async function listMembers(ctx: TenantContext) {
  await authorize(ctx, 'company.view');
  const rows = await withTenant(ctx, (tx) =>
    tx.membership.findMany({
      where: scoped(ctx, {}),
      select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
      // Role enum order: managers first, then IT owners, then advisors.
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    }),
  );
  return rows.map(({ user, ...m }) => ({ ...m, name: user.name, email: user.email }));
}

type Locked = { id: string; userId: string; role: Role };

/**
 * Locks the company's manager memberships and the target, in id order (so two of these never deadlock).
 * A concurrent demotion or removal waits here; afterwards PostgreSQL re-checks each locked row against the
 * WHERE, so a manager demoted meanwhile is no longer counted. That makes "at least one manager" hold under
 * concurrency, not just in a single request.
 */
async function lockManagersAndTarget(tx: Tx, ctx: TenantContext, membershipId: string) {
  if (!isUuid(membershipId)) throw notFound();
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT m.id::text AS id, m.user_id::text AS "userId", m.role::text AS role
      FROM membership m
     WHERE m.company_id = ${ctx.companyId}::uuid AND (m.role = 'MANAGER' OR m.id = ${membershipId}::uuid)
     ORDER BY m.id
       FOR UPDATE`;
  const target = rows.find((r) => r.id === membershipId);
  if (!target) throw notFound();
  const managers = rows.filter((r) => r.role === 'MANAGER').length;
  const email = (await tx.user.findFirst({ where: { id: target.userId }, select: { email: true } }))?.email;
  return { target, managers, email };
}

const lastManager = () => new AppError('CONFLICT', 'lastManager');

export async function changeMemberRole(ctx: TenantContext, input: { membershipId: string; role: Role }) {
  await authorize(ctx, 'members.manage');
  await withTenant(ctx, async (tx) => {
    const { target, managers, email } = await lockManagersAndTarget(tx, ctx, input.membershipId);
    if (target.role === input.role) return;
    if (target.role === 'MANAGER' && managers <= 1) throw lastManager();
    await tx.membership.updateMany({ where: scoped(ctx, { id: target.id }), data: { role: input.role } });
    await recordAudit(tx, ctx, {
      action: 'member.role_changed',
      target: email,
      data: { membershipId: target.id, userId: target.userId, from: target.role, to: input.role },
    });
  });
}

/** The member's open sessions end on their next request: viewer.ts finds no membership any more. */
export async function removeMember(ctx: TenantContext, input: { membershipId: string }) {
  await authorize(ctx, 'members.manage');
  await withTenant(ctx, async (tx) => {
    const { target, managers, email } = await lockManagersAndTarget(tx, ctx, input.membershipId);
    if (target.role === 'MANAGER' && managers <= 1) throw lastManager();
    await tx.membership.deleteMany({ where: scoped(ctx, { id: target.id }) });
    await recordAudit(tx, ctx, {
      action: 'member.removed',
      target: email,
      data: { membershipId: target.id, userId: target.userId, role: target.role },
    });
  });
}
