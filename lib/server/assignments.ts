import 'server-only';
import type { Role } from '@/lib/domain/permissions';
import { itemProgress, type AnswerLite } from '@/lib/domain/progress';
import { recordAudit } from './audit';
import { decisionTarget, findDecision, templateOf } from './decisions';
import { AppError } from './errors';
import { appUrl } from './app-url';
import { authorize, scoped, withTenant, type TenantContext } from './tenant';
import { translatorFor } from './translator';
import { composeMail, sendMail } from './mail';

export type AssignmentInput = { itemKey: string; assigneeId: string };

/**
 * Sets who answers which items. Assignees must be this company's managers or IT owners (advisors only read and
 * comment). Each new assignee gets one mail listing their items, after commit.
 */
export async function assignItems(ctx: TenantContext, decisionId: unknown, input: AssignmentInput[]) {
  await authorize(ctx, 'item.assign');
  const notices = await withTenant(ctx, async (tx) => {
    const decision = await findDecision(tx, ctx, decisionId);
    const template = templateOf(decision);
    const itemKeys = new Set(template.items.map((i) => i.key));
    const members = await tx.membership.findMany({
      where: scoped(ctx, { role: { in: ['MANAGER', 'IT_OWNER'] as Role[] } }),
      select: { userId: true, user: { select: { name: true, email: true, locale: true } } },
    });
    const assignable = new Map(members.map((m) => [m.userId, m.user]));
    for (const a of input) {
      if (!itemKeys.has(a.itemKey)) throw new AppError('VALIDATION', 'validation', { _form: ['invalid'] });
      if (!assignable.has(a.assigneeId)) throw new AppError('VALIDATION', 'validation', { assigneeId: ['notAssignable'] });
    }
    const before = await tx.itemAssignment.findMany({ where: scoped(ctx, { decisionId: decision.id }) });
    const previous = new Map(before.map((b) => [b.itemKey, b.assigneeId]));
    const changed = input.filter((a) => previous.get(a.itemKey) !== a.assigneeId);
    for (const a of changed) {
      await tx.itemAssignment.upsert({
        where: { decisionId_itemKey: { decisionId: decision.id, itemKey: a.itemKey } },
        create: { companyId: ctx.companyId, decisionId: decision.id, itemKey: a.itemKey, assigneeId: a.assigneeId, assignedById: ctx.userId },
        update: { assigneeId: a.assigneeId, assignedById: ctx.userId, assignedAt: new Date() },
      });
    }
    if (changed.length) {
      await recordAudit(tx, ctx, {
        action: 'items.assigned',
        target: decisionTarget(decision.id),
        data: { items: changed.map((c) => c.itemKey), assignees: [...new Set(changed.map((c) => c.assigneeId))] },
      });
    }
    // One notice per assignee other than the person assigning.
    const byAssignee = new Map<string, number[]>();
    for (const a of changed) {
      if (a.assigneeId === ctx.userId) continue;
      const number = template.items.find((i) => i.key === a.itemKey)!.number;
      byAssignee.set(a.assigneeId, [...(byAssignee.get(a.assigneeId) ?? []), number]);
    }
    return [...byAssignee].map(([userId, numbers]) => ({ user: assignable.get(userId)!, numbers, decision }));
  });
  for (const n of notices) {
    const t = translatorFor(n.user.locale, 'reviewMail');
    const items = n.numbers.sort((x, y) => x - y).join(', ');
    await sendMail(
      composeMail(
        n.user.email,
        t('assignedSubject', { title: n.decision.title }),
        [t('assignedGreeting', { name: n.user.name }), t('assignedBody', { title: n.decision.title, items })],
        { label: t('assignedAction'), url: appUrl('/my-items', n.user.locale) },
        translatorFor(n.user.locale, 'mail')('footer'),
      ),
    );
  }
  return { changed: notices.length };
}

/** The usual start: every item of the decision to one person (design.md step 5). */
export async function assignAllItems(ctx: TenantContext, decisionId: unknown, assigneeId: string) {
  await authorize(ctx, 'item.assign');
  const keys = await withTenant(ctx, async (tx) => templateOf(await findDecision(tx, ctx, decisionId)).items.map((i) => i.key));
  return assignItems(ctx, decisionId, keys.map((itemKey) => ({ itemKey, assigneeId })));
}

/** The viewer's assigned items across decisions, with how many candidates have each item answered. */
export async function myItems(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const assignments = await tx.itemAssignment.findMany({
      where: scoped(ctx, { assigneeId: ctx.userId }),
      include: { decision: { select: { id: true, title: true, status: true, templateKey: true, templateVersion: true } } },
      orderBy: [{ assignedAt: 'desc' }],
    });
    const decisionIds = [...new Set(assignments.map((a) => a.decisionId))];
    const candidates = await tx.candidate.findMany({ where: scoped(ctx, { decisionId: { in: decisionIds } }), select: { id: true, decisionId: true } });
    const answers = await tx.answer.findMany({
      where: scoped(ctx, { decisionId: { in: decisionIds } }),
      select: { candidateId: true, itemKey: true, status: true, riskAcceptable: true, decisionId: true },
    });
    return assignments.map((a) => {
      const item = templateOf(a.decision).items.find((i) => i.key === a.itemKey);
      const ids = candidates.filter((c) => c.decisionId === a.decisionId).map((c) => c.id);
      return {
        decisionId: a.decisionId,
        decisionTitle: a.decision.title,
        itemKey: a.itemKey,
        itemNumber: item?.number ?? 0,
        question: item?.question ?? { ja: a.itemKey, en: a.itemKey },
        progress: itemProgress(a.itemKey, ids, answers.filter((x) => x.decisionId === a.decisionId) as AnswerLite[]),
      };
    });
  });
}
