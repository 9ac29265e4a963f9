'use server';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { candidateAddSchema, candidateEditSchema, commentSchema, decisionEditSchema, decisionSchema } from '@/lib/schemas/decision';
import { tenantAction, type ActionResult } from '@/lib/server/action';
import { assignAllItems, assignItems } from '@/lib/server/assignments';
import { addCandidate, removeCandidate, updateCandidate } from '@/lib/server/candidates';
import { addComment } from '@/lib/server/comments';
import { createDecision, updateDecision } from '@/lib/server/decisions';

async function decisionPath(id: string) {
  const locale = await getLocale();
  return `${locale === 'ja' ? '' : `/${locale}`}/decisions/${id}`;
}

// Thin wrappers: tenantAction authenticates, parses, authorizes and maps errors; lib/server does the work.
const create = tenantAction('decision.create', decisionSchema, async (viewer, input) => {
  const { id } = await createDecision(viewer, input);
  redirect(await decisionPath(id));
});
const update = tenantAction('decision.create', decisionEditSchema, async (viewer, { id, version, ...input }) => {
  await updateDecision(viewer, id, version, input);
  redirect(await decisionPath(id));
});
const addCand = tenantAction('candidate.edit', candidateAddSchema, async (viewer, { decisionId, ...input }) => {
  await addCandidate(viewer, decisionId, input);
  refresh();
});
const editCand = tenantAction('candidate.edit', candidateEditSchema, async (viewer, { id, version, ...input }) => {
  await updateCandidate(viewer, id, version, input);
  refresh();
});
const removeCand = tenantAction('candidate.edit', z.strictObject({ id: z.string().max(100) }), async (viewer, { id }) => {
  const { decisionId } = await removeCandidate(viewer, id);
  redirect(await decisionPath(decisionId));
});
// Fields are decisionId plus item.<key> = assigneeId ('' leaves the item as it is).
const assignSchema = z.record(z.string().max(100), z.string().max(100)).refine((f) => Object.keys(f).length <= 100, 'invalid');
const assign = tenantAction('item.assign', assignSchema, async (viewer, fields) => {
  const pairs = Object.entries(fields)
    .filter(([k, v]) => k.startsWith('item.') && v !== '')
    .map(([k, v]) => ({ itemKey: k.slice(5), assigneeId: v }));
  await assignItems(viewer, fields.decisionId, pairs);
  refresh();
});
const assignAll = tenantAction(
  'item.assign',
  z.strictObject({ decisionId: z.string().max(100), assigneeId: z.string().min(1, 'required').max(100) }),
  async (viewer, { decisionId, assigneeId }) => {
    await assignAllItems(viewer, decisionId, assigneeId);
    refresh();
  },
);
const comment = tenantAction('comment.create', commentSchema, async (viewer, { decisionId, itemKey, candidateId, body }) => {
  await addComment(viewer, decisionId, { itemKey, candidateId }, body);
  refresh();
});

type Result = Promise<ActionResult<unknown>>;
export async function createDecisionAction(prev: unknown, fd: FormData): Result { return create(prev, fd); }
export async function updateDecisionAction(prev: unknown, fd: FormData): Result { return update(prev, fd); }
export async function addCandidateAction(prev: unknown, fd: FormData): Result { return addCand(prev, fd); }
export async function editCandidateAction(prev: unknown, fd: FormData): Result { return editCand(prev, fd); }
export async function removeCandidateAction(prev: unknown, fd: FormData): Result { return removeCand(prev, fd); }
export async function assignItemsAction(prev: unknown, fd: FormData): Result { return assign(prev, fd); }
export async function assignAllAction(prev: unknown, fd: FormData): Result { return assignAll(prev, fd); }
export async function addCommentAction(prev: unknown, fd: FormData): Result { return comment(prev, fd); }
