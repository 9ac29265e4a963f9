import 'server-only';
import { randomUUID } from 'node:crypto';
import { isId } from '@/lib/schemas/decision';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { loadDecisionTree, memberNames } from './decision-tree';
import { decisionTarget, findDecision, templateOf } from './decisions';
import { notFound } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

/** Comments are open to every role, advisors included (design.md roles). Comments stay, even on signed revisions. */
export async function addComment(ctx: TenantContext, decisionId: unknown, target: { itemKey?: unknown; candidateId?: unknown }, body: string) {
  await authorize(ctx, 'comment.create');
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    const itemKey = target.itemKey === undefined || target.itemKey === '' ? null : target.itemKey;
    if (itemKey !== null && !templateOf(decision).items.some((i) => i.key === itemKey)) throw notFound();
    let candidateId: string | null = null;
    if (target.candidateId !== undefined && target.candidateId !== '') {
      if (!isId(target.candidateId)) throw notFound();
      const c = await tx.candidate.findFirst({ where: scoped(ctx, { id: target.candidateId, decisionId: decision.id }) });
      if (!c) throw notFound();
      candidateId = c.id;
    }
    const id = randomUUID();
    await tx.comment.createMany({
      data: { id, companyId: ctx.companyId, decisionId: decision.id, itemKey: itemKey as string | null, candidateId, authorId: ctx.userId, body },
    });
    await recordAudit(tx, ctx, { action: 'comment.added', target: decisionTarget(decision.id), data: { item: itemKey } });
    return { id };
  });
}

/** A decision's comments (optionally one item's), oldest first, with author names. */
export async function listComments(ctx: TenantContext, decisionId: unknown, itemKey?: string) {
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    const rows = await tx.comment.findMany({
      where: scoped(ctx, { decisionId: decision.id, ...(itemKey ? { itemKey } : {}) }),
      orderBy: { createdAt: 'asc' },
      take: 500,
    });
    const authors = await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } }, select: { id: true, name: true } });
    return withAuthorNames(rows, new Map(authors.map((a) => [a.id, a.name])));
  });
}

/** The decision's history: its audit events as a timeline, newest first. */
export async function decisionHistory(ctx: TenantContext, decisionId: unknown) {
  return withTenant(ctx, async (tx) => {
    const tree = await loadDecisionTree(tx, ctx, decisionId);
    return readHistory(tx, ctx, tree.id, memberNames(tree));
  });
}

export type HistoryEvent = { id: string; at: Date; action: string; actorName: string | null; data: Record<string, unknown> };

/**
 * A decision's audit events (one query on the (company_id, target, id) index), newest first by default, or oldest
 * first up to `until` for a signed report. Actor names come from the caller's member list (memberNames).
 */
export async function readHistory(
  tx: Tx,
  ctx: Pick<TenantContext, 'companyId'>,
  decisionId: string,
  names: Map<string, string>,
  opts: { order?: 'asc' | 'desc'; until?: Date; take?: number } = {},
): Promise<HistoryEvent[]> {
  const events = await tx.auditEvent.findMany({
    where: scoped(ctx, { target: decisionTarget(decisionId), ...(opts.until ? { createdAt: { lte: opts.until } } : {}) }),
    orderBy: { id: opts.order ?? 'desc' },
    take: opts.take ?? 200,
  });
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.createdAt,
    action: e.action,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    data: (e.data ?? {}) as Record<string, unknown>,
  }));
}

/** Comment rows with their authors' names (from memberNames: former members show as unknown, as under RLS). */
export function withAuthorNames<C extends { authorId: string }>(rows: C[], names: Map<string, string>) {
  return rows.map((r) => ({ ...r, authorName: names.get(r.authorId) ?? null }));
}
