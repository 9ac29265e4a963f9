import 'server-only';
import { randomUUID } from 'node:crypto';
import { getTemplate } from '@/lib/domain/checklist/registry';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';
import { candidateProgress, itemProgress, type AnswerLite } from '@/lib/domain/progress';
import type { DecisionInput } from '@/lib/schemas/decision';
import { isId } from '@/lib/schemas/decision';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { AppError, notFound } from './errors';
import { loadDecisionTree, type DecisionTree } from './decision-tree';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

export const DEFAULT_TEMPLATE_KEY = 'ipa-2011';
/** Answers may change only while nobody has submitted the revision for sign-off (issue D tightens this). */
export const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'] as const;

export const decisionTarget = (id: string) => `decision:${id}`;

export function templateOf(decision: { templateKey: string; templateVersion: number }): ChecklistTemplate {
  const template = getTemplate(decision.templateKey, decision.templateVersion);
  // Registered templates are never removed (registry.ts), so this is a deployment error, not user input.
  if (!template) throw new Error(`Template ${decision.templateKey} v${decision.templateVersion} is not registered`);
  return template;
}

/** Keeps only option keys the template knows, so stored JSON never holds anything from outside it. */
function pickKnown(keys: string[], known: Set<string>) {
  if (keys.some((k) => !known.has(k))) throw new AppError('VALIDATION', 'validation', { _form: ['invalid'] });
  return [...new Set(keys)];
}

function decisionData(template: ChecklistTemplate, input: DecisionInput) {
  const needKeys = new Set(template.needs.flatMap((n) => n.options.map((o) => o.key)));
  const importanceKeys = new Set(template.infoImportance?.considerations.map((o) => o.key) ?? []);
  return {
    title: input.title,
    scopeBusiness: input.scopeBusiness,
    scopeInformation: input.scopeInformation,
    needs: { selected: pickKnown(input.needs, needKeys), note: input.needsNote },
    infoImportance: { selected: pickKnown(input.importance, importanceKeys), note: input.importanceNote },
  };
}

export async function createDecision(ctx: TenantContext, input: DecisionInput) {
  await authorize(ctx, 'decision.create');
  const template = getTemplate(DEFAULT_TEMPLATE_KEY)!;
  const id = randomUUID();
  await withTenant(ctx, async (tx) => {
    await tx.decision.createMany({
      data: {
        id,
        companyId: ctx.companyId,
        ...decisionData(template, input),
        templateKey: template.key,
        templateVersion: template.version,
        createdById: ctx.userId,
      },
    });
    // Default assignment (design.md step 5): every item to the creator until someone reassigns it.
    await tx.itemAssignment.createMany({
      data: template.items.map((i) => ({ companyId: ctx.companyId, decisionId: id, itemKey: i.key, assigneeId: ctx.userId, assignedById: ctx.userId })),
    });
    await recordAudit(tx, ctx, { action: 'decision.created', target: decisionTarget(id), data: { title: input.title } });
  });
  return { id };
}

/** Edits the decision's own fields if nobody saved it since `expectedVersion`; otherwise CONFLICT. */
export async function updateDecision(ctx: TenantContext, id: unknown, expectedVersion: number, input: DecisionInput) {
  await authorize(ctx, 'decision.create');
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, id);
    await openForEdit(tx, ctx, decision);
    const { count } = await tx.decision.updateMany({
      where: scoped(ctx, { id: decision.id, version: expectedVersion }),
      data: { ...decisionData(templateOf(decision), input), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'conflict');
    await recordAudit(tx, ctx, { action: 'decision.updated', target: decisionTarget(decision.id) });
    return { version: expectedVersion + 1 };
  });
}

/** The decision, or NOT_FOUND — the same for a malformed id, another company's id and a missing one. */
export async function findDecision(tx: Tx, ctx: Pick<TenantContext, 'companyId'>, id: unknown) {
  if (!isId(id)) throw notFound();
  const decision = await tx.decision.findFirst({ where: scoped(ctx, { id }) });
  if (!decision) throw notFound();
  return decision;
}

/**
 * Before any content change: refused while a revision is being signed (SUBMITTED, CONFIRMED); after a verdict
 * (APPROVED, REJECTED) the change opens the next revision, so old signatures stay with the old, frozen one.
 * The database enforces the same rule with triggers (migration 20261204213000_sign_off).
 */
export async function openForEdit(tx: Tx, ctx: TenantContext, decision: { id: string; status: string; revision: number }) {
  if ((EDITABLE_STATUSES as readonly string[]).includes(decision.status)) return;
  if (decision.status !== 'APPROVED' && decision.status !== 'REJECTED') throw new AppError('CONFLICT', 'decisionLocked');
  const { count } = await tx.decision.updateMany({
    where: scoped(ctx, { id: decision.id, status: decision.status as 'APPROVED' | 'REJECTED', revision: decision.revision }),
    data: { status: 'DRAFT', revision: decision.revision + 1 },
  });
  if (count === 0) throw new AppError('CONFLICT', 'conflict');
  await recordAudit(tx, ctx, { action: 'decision.reopened', target: decisionTarget(decision.id), data: { revision: decision.revision + 1 } });
}

const answerLite = { candidateId: true, itemKey: true, status: true, riskAcceptable: true } as const;

/** The newest 200 decisions with candidates, answer states and the viewer's assignments: one statement (relation joins). */
async function loadDecisionSummaries(tx: Tx, ctx: TenantContext) {
  return tx.decision.findMany({
    where: scoped(ctx, {}),
    orderBy: { createdAt: 'desc' },
    take: 200,
    relationLoadStrategy: 'join',
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      templateKey: true,
      templateVersion: true,
      candidates: { orderBy: { position: 'asc' }, select: { id: true, name: true } },
      answers: { select: answerLite },
      assignments: { where: { assigneeId: ctx.userId }, select: { itemKey: true, assignedAt: true } },
    },
  });
}

type DecisionSummaryRow = Awaited<ReturnType<typeof loadDecisionSummaries>>[number];

function decisionSummary(d: DecisionSummaryRow) {
  const template = templateOf(d);
  return {
    id: d.id,
    title: d.title,
    status: d.status,
    createdAt: d.createdAt,
    itemCount: template.items.length,
    candidates: d.candidates.map((c) => ({ id: c.id, name: c.name, progress: candidateProgress(template, c.id, d.answers) })),
  };
}

/** The company's decisions, newest first, with per-candidate progress (one query whatever the count). */
export async function listDecisions(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => (await loadDecisionSummaries(tx, ctx)).map(decisionSummary));
}

/**
 * The dashboard in one tenant transaction with one query: the decision list, and how many of the viewer's
 * assigned items (in those decisions) still lack an answer for some candidate.
 */
export async function getDashboard(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const rows = await loadDecisionSummaries(tx, ctx);
    const mine = rows.flatMap((d) =>
      d.assignments.map((a) => itemProgress(a.itemKey, d.candidates.map((c) => c.id), d.answers)),
    );
    return { decisions: rows.map(decisionSummary), myItems: { total: mine.length, open: mine.filter((p) => p.answered < p.total).length } };
  });
}

/** The decision with its candidates (with progress), answers, assignments and members: one tenant transaction, one query. */
export async function getDecision(ctx: TenantContext, id: unknown) {
  return withTenant(ctx, async (tx) => decisionView(await loadDecisionTree(tx, ctx, id)));
}

/** What the decision page and the edit page show of a loaded decision. */
export function decisionView(tree: DecisionTree) {
  const { company, candidates, answers, assignments, comments: _c, snapshots: _s, signOffs: _o, ...decision } = tree;
  const template = templateOf(decision);
  const lite: AnswerLite[] = answers.map((a) => ({ candidateId: a.candidateId, itemKey: a.itemKey, status: a.status, riskAcceptable: a.riskAcceptable }));
  return {
    decision,
    template,
    candidates: candidates.map((c) => ({ ...c, progress: candidateProgress(template, c.id, lite) })),
    answers: lite,
    assignments,
    members: company.memberships.map((p) => ({ id: p.user.id, name: p.user.name, role: p.role })),
  };
}
