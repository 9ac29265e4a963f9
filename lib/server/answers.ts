import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { validateAnswer, type AnswerInput } from '@/lib/schemas/answer';
import { isId } from '@/lib/schemas/decision';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { withAuthorNames } from './comments';
import { loadDecisionTree, memberNames } from './decision-tree';
import { openForEdit, decisionTarget, findDecision, templateOf } from './decisions';
import { countsByItem } from './item-progress';
import { AppError, notFound } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

/** A saved answer as the editor shows it. */
export type AnswerView = AnswerInput & { id: string; version: number; updatedAt: Date; updatedByName: string | null };

/** Thrown when the answer changed since the version the editor started from; carries the other version. */
export class AnswerConflict extends AppError {
  constructor(readonly current: AnswerView | null) {
    super('CONFLICT', 'answerConflict');
  }
}

type AnswerRow = Awaited<ReturnType<Tx['answer']['findFirst']>> & {};

function answerView(a: AnswerRow, updatedByName: string | null): AnswerView {
  return {
    id: a.id,
    version: a.version,
    updatedAt: a.updatedAt,
    updatedByName,
    status: a.status,
    memo: a.memo,
    facts: a.facts as AnswerInput['facts'],
    subPoints: a.subPoints as string[],
    riskAcceptable: a.riskAcceptable,
    riskReason: a.riskReason,
    riskMitigation: a.riskMitigation,
  };
}

async function loadAnswer(tx: Tx, ctx: TenantContext, candidateId: string, itemKey: string): Promise<AnswerView | null> {
  const a = await tx.answer.findFirst({ where: scoped(ctx, { candidateId, itemKey }) });
  if (!a) return null;
  const by = await tx.user.findFirst({ where: { id: a.updatedById }, select: { name: true } });
  return answerView(a, by?.name ?? null);
}

/**
 * One item of a decision, for every candidate, with the checklist navigation's counts and the item's comments:
 * the page where IT owners answer, re-rendered after every save, so it is one tenant transaction with one query.
 */
export async function getItemPage(ctx: TenantContext, decisionId: unknown, itemKey: unknown) {
  return withTenant(ctx, async (tx) => {
    const { company, candidates, answers: rows, assignments, comments, snapshots: _s, signOffs: _o, ...decision } =
      await loadDecisionTree(tx, ctx, decisionId);
    const template = templateOf(decision);
    const item = template.items.find((i) => i.key === itemKey);
    if (!item) throw notFound();
    const names = memberNames({ company });
    const answers = new Map<string, AnswerView | null>();
    for (const c of candidates) {
      const a = rows.find((r) => r.candidateId === c.id && r.itemKey === item.key);
      answers.set(c.id, a ? answerView(a, names.get(a.updatedById) ?? null) : null);
    }
    const assigneeId = assignments.find((a) => a.itemKey === item.key)?.assigneeId;
    const assignee = assigneeId && names.has(assigneeId) ? { id: assigneeId, name: names.get(assigneeId)! } : null;
    const counts = countsByItem(template, candidates.map((c) => c.id), rows);
    const itemComments = withAuthorNames(comments.filter((c) => c.itemKey === item.key), names);
    return { decision, template, item, candidates, answers, assignee, counts, comments: itemComments };
  });
}

export type SaveAnswerRequest = { decisionId: unknown; candidateId: unknown; itemKey: unknown; expectedVersion: number; input: unknown };

/**
 * Saves one answer with optimistic locking: `expectedVersion` is the version the editor loaded (0 = none yet).
 * If someone saved in between, nothing is written and AnswerConflict carries their version (security.md 12, 15).
 */
export async function saveAnswer(ctx: TenantContext, req: SaveAnswerRequest): Promise<AnswerView> {
  await authorize(ctx, 'answer.edit');
  if (!isId(req.candidateId) || !Number.isInteger(req.expectedVersion) || req.expectedVersion < 0) throw notFound();
  const candidateId = req.candidateId;
  try {
    return await withTenant(ctx, async (tx) => {
      const decision = await findDecision(tx, ctx, req.decisionId);
      await openForEdit(tx, ctx, decision);
      const item = templateOf(decision).items.find((i) => i.key === req.itemKey);
      const candidate = await tx.candidate.findFirst({ where: scoped(ctx, { id: candidateId, decisionId: decision.id }) });
      if (!item || !candidate) throw notFound();
      const checked = validateAnswer(item, req.input);
      if (!checked.ok) throw new AppError('VALIDATION', 'validation', checked.fieldErrors);
      const data = { ...checked.value, facts: checked.value.facts as Prisma.InputJsonValue, updatedById: ctx.userId };
      if (req.expectedVersion === 0) {
        await tx.answer.createMany({
          data: { id: randomUUID(), companyId: ctx.companyId, decisionId: decision.id, candidateId, itemKey: item.key, ...data },
        });
      } else {
        const { count } = await tx.answer.updateMany({
          where: scoped(ctx, { candidateId, itemKey: item.key, version: req.expectedVersion }),
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new AnswerConflict(await loadAnswer(tx, ctx, candidateId, item.key));
      }
      await recordAudit(tx, ctx, {
        action: 'answer.saved',
        target: decisionTarget(decision.id),
        data: { item: item.number, candidate: candidate.name, status: checked.value.status },
      });
      return (await loadAnswer(tx, ctx, candidateId, item.key))!;
    });
  } catch (err) {
    // Two first saves racing: the unique (candidate, item) makes the loser's insert fail; it is a conflict too.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      const current = await withTenant(ctx, (tx) => loadAnswer(tx, ctx, candidateId, String(req.itemKey)));
      throw new AnswerConflict(current);
    }
    throw err;
  }
}
