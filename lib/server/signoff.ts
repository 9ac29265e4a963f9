import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { Facts } from '@/lib/domain/checklist/types';
import { approvalBlockers } from '@/lib/domain/signoff/approval';
import { canonicalSnapshot, SNAPSHOT_SCHEMA, type DecisionSnapshot } from '@/lib/domain/signoff/snapshot';
import { nextStatus, type SignOffEvent } from '@/lib/domain/signoff/state-machine';
import type { Action } from '@/lib/domain/permissions';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { loadDecisionTree, memberNames, type DecisionTree } from './decision-tree';
import { decisionTarget, findDecision, templateOf } from './decisions';
import { AppError } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The decision's current content as a snapshot (also used for draft PDFs); pure, from one loaded tree. */
export function liveSnapshot(tree: DecisionTree): DecisionSnapshot {
  const names = memberNames(tree);
  const picked = (v: unknown) => ({ selected: ((v as { selected?: string[] })?.selected ?? []).slice(), note: (v as { note?: string })?.note ?? '' });
  return {
    schema: SNAPSHOT_SCHEMA,
    company: { id: tree.company.id, name: tree.company.name },
    decision: {
      id: tree.id,
      title: tree.title,
      revision: tree.revision,
      scopeBusiness: tree.scopeBusiness,
      scopeInformation: tree.scopeInformation,
      needs: picked(tree.needs),
      infoImportance: picked(tree.infoImportance),
      template: { key: tree.templateKey, version: tree.templateVersion },
    },
    candidates: tree.candidates.map((c) => ({
      id: c.id, position: c.position, name: c.name, provider: c.provider, url: c.url, category: c.category, plan: c.plan, priceNotes: c.priceNotes,
    })),
    answers: tree.answers.map((a) => ({
      candidateId: a.candidateId,
      itemKey: a.itemKey,
      status: a.status,
      memo: a.memo,
      facts: a.facts as Facts,
      subPoints: a.subPoints as string[],
      riskAcceptable: a.riskAcceptable,
      riskReason: a.riskReason,
      riskMitigation: a.riskMitigation,
      updatedByName: names.get(a.updatedById) ?? '',
      updatedAt: a.updatedAt.toISOString(),
    })),
  };
}

type Step = { decisionId: unknown; revision: number; comment?: string };

/**
 * One guarded status change: the state machine allows it for this role, the caller saw the current revision
 * (security.md 13), and the UPDATE names the status it moves from, so of concurrent callers exactly one wins
 * (security.md 14); the others are told the revision changed.
 */
async function transition(tx: Tx, ctx: TenantContext, step: Step, event: SignOffEvent) {
  const decision = await findDecision(tx, ctx, step.decisionId);
  if (!Number.isInteger(step.revision) || decision.revision !== step.revision) throw new AppError('CONFLICT', 'revisionNotCurrent');
  const next = nextStatus(decision.status, event, ctx.role);
  if (!next.ok) throw new AppError(next.reason === 'wrongRole' ? 'FORBIDDEN' : 'CONFLICT', next.reason === 'wrongRole' ? 'forbidden' : 'signOffWrongState');
  const revision = event === 'return' ? decision.revision + 1 : decision.revision;
  const { count } = await tx.decision.updateMany({
    where: scoped(ctx, { id: decision.id, status: decision.status, revision: decision.revision }),
    data: { status: next.to, revision },
  });
  if (count === 0) throw new AppError('CONFLICT', 'revisionNotCurrent');
  return { decision, to: next.to };
}

async function signed<T>(ctx: TenantContext, action: Action, fn: (tx: Tx) => Promise<T>) {
  await authorize(ctx, action);
  try {
    return await withTenant(ctx, fn);
  } catch (err) {
    // A second identical signature hits the one-per-role-per-revision unique index.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('CONFLICT', 'revisionNotCurrent');
    throw err;
  }
}

async function snapshotHash(tx: Tx, ctx: TenantContext, decisionId: string, revision: number) {
  const s = await tx.revisionSnapshot.findFirst({ where: scoped(ctx, { decisionId, revision }), select: { hash: true, canonical: true } });
  if (!s) throw new AppError('CONFLICT', 'signOffWrongState');
  return s;
}

/** Freezes the current revision: its canonical snapshot and SHA-256 are stored, and editing stops. */
export function submitForSignOff(ctx: TenantContext, step: Step) {
  return signed(ctx, 'decision.create', async (tx) => {
    const { decision } = await transition(tx, ctx, step, 'submit');
    const canonical = canonicalSnapshot(liveSnapshot(await loadDecisionTree(tx, ctx, decision.id)));
    const hash = sha256(canonical);
    await tx.revisionSnapshot.createMany({ data: { id: randomUUID(), companyId: ctx.companyId, decisionId: decision.id, revision: decision.revision, canonical, hash } });
    await recordAudit(tx, ctx, { action: 'decision.submitted', target: decisionTarget(decision.id), data: { revision: decision.revision, hash } });
    return { hash };
  });
}

/** The IT owner's confirmation (確認) of the frozen revision. */
export function confirmRevision(ctx: TenantContext, step: Step, signerName: string) {
  return signed(ctx, 'signoff.confirm', async (tx) => {
    const { decision } = await transition(tx, ctx, step, 'confirm');
    const { hash } = await snapshotHash(tx, ctx, decision.id, decision.revision);
    await tx.signOff.createMany({
      data: { id: randomUUID(), companyId: ctx.companyId, decisionId: decision.id, revision: decision.revision, role: 'IT_OWNER', userId: ctx.userId, signerName, contentHash: hash, comment: step.comment ?? '' },
    });
    await recordAudit(tx, ctx, { action: 'decision.confirmed', target: decisionTarget(decision.id), data: { revision: decision.revision, hash } });
    return { hash };
  });
}

/** The manager's approval (承認) choosing one candidate, which must be fully answered with every risk decided. */
export function approveRevision(ctx: TenantContext, step: Step & { chosenCandidateId: unknown }, signerName: string) {
  return signed(ctx, 'signoff.approve', async (tx) => {
    const { decision } = await transition(tx, ctx, step, 'approve');
    const { hash, canonical } = await snapshotHash(tx, ctx, decision.id, decision.revision);
    const frozen = JSON.parse(canonical) as DecisionSnapshot;
    const chosen = frozen.candidates.find((c) => c.id === step.chosenCandidateId);
    if (!chosen) throw new AppError('VALIDATION', 'validation', { chosenCandidateId: ['chooseCandidate'] });
    const blockers = approvalBlockers(templateOf(decision), frozen.answers, chosen.id);
    if (blockers.length) throw new AppError('VALIDATION', 'approvalBlocked', { chosenCandidateId: ['approvalBlocked'] });
    await tx.signOff.createMany({
      data: {
        id: randomUUID(), companyId: ctx.companyId, decisionId: decision.id, revision: decision.revision, role: 'MANAGER', userId: ctx.userId,
        signerName, contentHash: hash, verdict: 'APPROVED', chosenCandidateId: chosen.id, comment: step.comment ?? '',
      },
    });
    await recordAudit(tx, ctx, { action: 'decision.approved', target: decisionTarget(decision.id), data: { revision: decision.revision, hash, candidate: chosen.name } });
    return { hash };
  });
}

/** The manager declines every candidate; the revision is signed with that verdict. */
export function rejectRevision(ctx: TenantContext, step: Step, signerName: string) {
  if (!step.comment?.trim()) throw new AppError('VALIDATION', 'validation', { comment: ['required'] });
  return signed(ctx, 'signoff.approve', async (tx) => {
    const { decision } = await transition(tx, ctx, step, 'reject');
    const { hash } = await snapshotHash(tx, ctx, decision.id, decision.revision);
    await tx.signOff.createMany({
      data: { id: randomUUID(), companyId: ctx.companyId, decisionId: decision.id, revision: decision.revision, role: 'MANAGER', userId: ctx.userId, signerName, contentHash: hash, verdict: 'REJECTED', comment: step.comment ?? '' },
    });
    await recordAudit(tx, ctx, { action: 'decision.rejected', target: decisionTarget(decision.id), data: { revision: decision.revision, hash } });
    return { hash };
  });
}

/** The manager sends the revision back with a comment; editing resumes on the next revision number. */
export function returnRevision(ctx: TenantContext, step: Step) {
  if (!step.comment?.trim()) throw new AppError('VALIDATION', 'validation', { comment: ['required'] });
  return signed(ctx, 'signoff.approve', async (tx) => {
    const { decision } = await transition(tx, ctx, step, 'return');
    await recordAudit(tx, ctx, { action: 'decision.returned', target: decisionTarget(decision.id), data: { revision: decision.revision, comment: step.comment } });
    return { revision: decision.revision + 1 };
  });
}

/** Everything the sign-off panel shows: current status and revision, each frozen revision with its signatures. */
export async function getSignOffState(ctx: TenantContext, decisionId: unknown) {
  return withTenant(ctx, async (tx) => signOffView(await loadDecisionTree(tx, ctx, decisionId)));
}

export function signOffView(tree: DecisionTree) {
  return { status: tree.status, revision: tree.revision, snapshots: tree.snapshots, signOffs: tree.signOffs };
}
