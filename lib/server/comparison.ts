import 'server-only';
import type { Facts } from '@/lib/domain/checklist/types';
import type { ComparisonAnswer } from '@/lib/domain/comparison';
import { candidateProgress } from '@/lib/domain/progress';
import { isId } from '@/lib/schemas/decision';
import { templateOf } from './decisions';
import { notFound } from './errors';
import { scoped, withTenant, type TenantContext } from './tenant';

/**
 * Everything the comparison page and its CSV export show, in one query whatever the number of candidates
 * (the decision with its candidates and answers, relation joins): the page must stay fast with five candidates × fourteen items.
 * Any member may read it, advisors included, as with the decision page. NOT_FOUND for others' or bad ids.
 */
export async function getComparison(ctx: TenantContext, decisionId: unknown) {
  if (!isId(decisionId)) throw notFound();
  return withTenant(ctx, async (tx) => {
    const decision = await tx.decision.findFirst({
      where: scoped(ctx, { id: decisionId }),
      relationLoadStrategy: 'join',
      select: {
        id: true,
        title: true,
        status: true,
        templateKey: true,
        templateVersion: true,
        candidates: { orderBy: { position: 'asc' }, select: { id: true, name: true, provider: true, plan: true } },
        answers: {
          select: { candidateId: true, itemKey: true, status: true, memo: true, facts: true, riskAcceptable: true, riskReason: true, riskMitigation: true },
        },
      },
    });
    if (!decision) throw notFound();
    const template = templateOf(decision);
    const answers: ComparisonAnswer[] = decision.answers.map((r) => ({ ...r, facts: (r.facts ?? {}) as Facts }));
    return {
      decision: { id: decision.id, title: decision.title, status: decision.status },
      template,
      candidates: decision.candidates.map((c) => ({ ...c, progress: candidateProgress(template, c.id, answers) })),
      answers,
    };
  });
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
