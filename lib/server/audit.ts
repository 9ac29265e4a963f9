import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from './db';
import { clientIp } from './request-meta';
import { withTenant, type TenantContext } from './tenant';

export type AuditInput = { action: string; target?: string; data?: Prisma.InputJsonValue };

/** Writes an audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, ctx: Pick<TenantContext, 'userId' | 'companyId'>, input: AuditInput) {
  // createMany: a plain INSERT without RETURNING, so writing never depends on being allowed to read the row.
  await tx.auditEvent.createMany({
    data: {
      companyId: ctx.companyId,
      actorId: ctx.userId,
      action: input.action,
      target: input.target?.slice(0, 200),
      ip: await clientIp(),
      data: input.data ?? {},
    },
  });
}

/** A refused action is recorded in its own transaction: the refused work itself never commits. */
export async function recordDenial(ctx: TenantContext, action: string) {
  await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'access.denied', data: { attempted: action, role: ctx.role } }));
}
