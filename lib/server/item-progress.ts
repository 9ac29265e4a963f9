import 'server-only';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import { itemProgress, type AnswerLite } from '@/lib/domain/progress';
import { findDecision, templateOf } from './decisions';
import { scoped, withTenant, type TenantContext } from './tenant';

export type ItemCounts = Record<string, { answered: number; total: number }>;

/**
 * For the item page's checklist navigation: per item of the decision's template, how many candidates have an
 * answer. Two small queries whatever the number of items; every member may read it (all roles view everything).
 */
export async function itemAnswerCounts(ctx: TenantContext, decisionId: unknown): Promise<ItemCounts> {
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    const candidates = await tx.candidate.findMany({ where: scoped(ctx, { decisionId: decision.id }), select: { id: true } });
    const answers = (await tx.answer.findMany({
      where: scoped(ctx, { decisionId: decision.id }),
      select: { candidateId: true, itemKey: true, status: true, riskAcceptable: true },
    })) as AnswerLite[];
    return countsByItem(templateOf(decision), candidates.map((c) => c.id), answers);
  });
}

export function countsByItem(template: ChecklistTemplate, candidateIds: string[], answers: readonly AnswerLite[]): ItemCounts {
  return Object.fromEntries(template.items.map((i) => [i.key, itemProgress(i.key, candidateIds, answers)]));
}
