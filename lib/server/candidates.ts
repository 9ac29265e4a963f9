import 'server-only';
import { randomUUID } from 'node:crypto';
import { isId, MAX_CANDIDATES, type CandidateInput } from '@/lib/schemas/decision';
import { recordAudit } from './audit';
import { openForEdit, decisionTarget, findDecision } from './decisions';
import { AppError, notFound } from './errors';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';

export async function addCandidate(ctx: TenantContext, decisionId: unknown, input: CandidateInput) {
  await authorize(ctx, 'candidate.edit');
  return withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    await openForEdit(tx, ctx, decision);
    // Lock the decision row so two concurrent adds cannot both pass the limit check.
    await tx.$queryRaw`SELECT id FROM decision WHERE id = ${decision.id}::uuid FOR UPDATE`;
    const existing = await tx.candidate.findMany({ where: scoped(ctx, { decisionId: decision.id }), select: { position: true } });
    if (existing.length >= MAX_CANDIDATES) throw new AppError('VALIDATION', 'tooManyCandidates');
    const id = randomUUID();
    const position = Math.max(0, ...existing.map((c) => c.position)) + 1;
    await tx.candidate.createMany({ data: { id, companyId: ctx.companyId, decisionId: decision.id, position, ...input } });
    await recordAudit(tx, ctx, { action: 'candidate.added', target: decisionTarget(decision.id), data: { name: input.name } });
    return { id };
  });
}

async function findCandidate(tx: Parameters<Parameters<typeof withTenant>[1]>[0], ctx: TenantContext, candidateId: unknown) {
  if (!isId(candidateId)) throw notFound();
  const candidate = await tx.candidate.findFirst({ where: scoped(ctx, { id: candidateId }), include: { decision: true } });
  if (!candidate) throw notFound();
  return candidate;
}

export async function updateCandidate(ctx: TenantContext, candidateId: unknown, expectedVersion: number, input: CandidateInput) {
  await authorize(ctx, 'candidate.edit');
  return withTenant(ctx, async (tx) => {
    const candidate = await findCandidate(tx, ctx, candidateId);
    await openForEdit(tx, ctx, candidate.decision);
    const { count } = await tx.candidate.updateMany({
      where: scoped(ctx, { id: candidate.id, version: expectedVersion }),
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'conflict');
    await recordAudit(tx, ctx, { action: 'candidate.updated', target: decisionTarget(candidate.decisionId), data: { name: input.name } });
    return { version: expectedVersion + 1 };
  });
}

/** Removes a candidate and, by cascade, its answers. */
export async function removeCandidate(ctx: TenantContext, candidateId: unknown) {
  await authorize(ctx, 'candidate.edit');
  return withTenant(ctx, async (tx) => {
    const candidate = await findCandidate(tx, ctx, candidateId);
    await openForEdit(tx, ctx, candidate.decision);
    await tx.candidate.deleteMany({ where: scoped(ctx, { id: candidate.id }) });
    await recordAudit(tx, ctx, { action: 'candidate.removed', target: decisionTarget(candidate.decisionId), data: { name: candidate.name } });
    return { decisionId: candidate.decisionId };
  });
}
