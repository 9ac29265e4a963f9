import 'server-only';
import { z } from 'zod';
import { scoped, authorize, withTenant, type TenantContext } from './tenant';

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  target: string | null;
  ip: string | null;
  data: Record<string, unknown>;
};

const cursorSchema = z.string().regex(/^[1-9]\d{0,18}$/).transform(BigInt).optional().catch(undefined);

/**
 * The company's audit trail for managers, newest first, paged by id ("older than"). Actor names come from the
 * users the viewer may see (RLS: members of this company); a removed member's events keep their email in data.
 */
export async function listAuditLog(ctx: TenantContext, opts: { before?: unknown } = {}) {
  await authorize(ctx, 'audit.view');
  const before = cursorSchema.parse(opts.before);
  return withTenant(ctx, async (tx) => {
    const rows = await tx.auditEvent.findMany({
      where: scoped(ctx, before ? { id: { lt: before } } : {}),
      orderBy: { id: 'desc' },
      take: AUDIT_PAGE_SIZE + 1,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const actors = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
    const names = new Map(actors.map((a) => [a.id, a.name]));
    const entries: AuditEntry[] = page.map((r) => ({
      id: r.id.toString(),
      at: r.createdAt,
      action: r.action,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      target: r.target,
      ip: r.ip,
      data: (r.data ?? {}) as Record<string, unknown>,
    }));
    return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)?.id.toString() : undefined };
  });
}
