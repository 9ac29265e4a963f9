import 'server-only';
import type { Facts } from '@/lib/domain/checklist/types';
import type { ComparisonAnswer } from '@/lib/domain/comparison';
import { candidateProgress } from '@/lib/domain/progress';
import { findDecision, templateOf } from './decisions';
import { scoped, withTenant, type TenantContext } from './tenant';

/**
 * Everything the comparison page and its CSV export show, in three queries whatever the number of candidates
 * (decision, candidates, answers): the page must stay fast with five candidates × fourteen items.
 * Any member may read it, advisors included, as with the decision page. NOT_FOUND for others' or bad ids.
 */
export async function getComparison(ctx: TenantContext, decisionId: unknown) {
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    const template = templateOf(decision);
    const candidates = await tx.candidate.findMany({
      where: scoped(ctx, { decisionId: decision.id }),
      orderBy: { position: 'asc' },
      select: { id: true, name: true, provider: true, plan: true },
    });
    const rows = await tx.answer.findMany({
      where: scoped(ctx, { decisionId: decision.id }),
      select: { candidateId: true, itemKey: true, status: true, memo: true, facts: true, riskAcceptable: true, riskReason: true, riskMitigation: true },
    });
    const answers: ComparisonAnswer[] = rows.map((r) => ({ ...r, facts: (r.facts ?? {}) as Facts }));
    return {
      decision: { id: decision.id, title: decision.title, status: decision.status },
      template,
      candidates: candidates.map((c) => ({ ...c, progress: candidateProgress(template, c.id, answers) })),
      answers,
    };
  });
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
