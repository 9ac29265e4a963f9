import 'server-only';
import { isId } from '@/lib/schemas/decision';
import type { Tx } from './db';
import { notFound } from './errors';
import { scoped, type TenantContext } from './tenant';

/**
 * A decision with everything its pages and its report show — company members, candidates, answers,
 * assignments, comments, frozen revisions and signatures — in ONE SQL statement (Prisma relation joins:
 * LATERAL subqueries with JSON aggregation). The number of statements therefore does not grow with the
 * number of candidates or answers (docs/decisions/008-statements-per-page.md; `npm run bench`, part 2).
 * RLS applies to every joined table as it does to a plain query. NOT_FOUND for bad, missing and others' ids.
 */
export async function loadDecisionTree(tx: Tx, ctx: Pick<TenantContext, 'companyId'>, id: unknown) {
  if (!isId(id)) throw notFound();
  const tree = await tx.decision.findFirst({
    where: scoped(ctx, { id }),
    relationLoadStrategy: 'join',
    include: {
      company: { select: { id: true, name: true, memberships: { select: { role: true, user: { select: { id: true, name: true } } } } } },
      candidates: { orderBy: { position: 'asc' } },
      answers: true,
      assignments: { select: { itemKey: true, assigneeId: true } },
      comments: { orderBy: { createdAt: 'asc' }, take: 500 },
      snapshots: { orderBy: { revision: 'desc' }, select: { revision: true, hash: true, createdAt: true } },
      signOffs: { orderBy: { signedAt: 'asc' } },
    },
  });
  if (!tree) throw notFound();
  return tree;
}

export type DecisionTree = Awaited<ReturnType<typeof loadDecisionTree>>;

/**
 * Names of the company's current members. Other users are invisible under RLS anyway (policy user_select),
 * so looking names up here gives the same answer as a query on "user", without the extra statement.
 */
export function memberNames(tree: Pick<DecisionTree, 'company'>): Map<string, string> {
  return new Map(tree.company.memberships.map((m) => [m.user.id, m.user.name]));
}
