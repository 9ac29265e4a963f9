'use server';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { paragraph } from '@/lib/schemas/text';
import { tenantAction, type ActionResult } from '@/lib/server/action';
import { approveRevision, confirmRevision, rejectRevision, returnRevision, submitForSignOff } from '@/lib/server/signoff';

// Every step names the revision the user was looking at; the data layer refuses a stale one (security.md 13).
const step = z.strictObject({
  decisionId: z.string().max(100),
  revision: z.coerce.number({ error: 'invalid' }).int('invalid').min(1, 'invalid'),
  comment: paragraph(2000).default(''),
});
const approveStep = step.extend({ chosenCandidateId: z.string({ error: 'chooseCandidate' }).max(100) });

const submit = tenantAction('decision.create', step, async (v, s) => {
  await submitForSignOff(v, s);
  refresh();
});
const confirm = tenantAction('signoff.confirm', step, async (v, s) => {
  await confirmRevision(v, s, v.userName);
  refresh();
});
const approve = tenantAction('signoff.approve', approveStep, async (v, s) => {
  await approveRevision(v, s, v.userName);
  refresh();
});
const reject = tenantAction('signoff.approve', step, async (v, s) => {
  await rejectRevision(v, s, v.userName);
  refresh();
});
const sendBack = tenantAction('signoff.approve', step, async (v, s) => {
  await returnRevision(v, s);
  refresh();
});

type Result = Promise<ActionResult<unknown>>;
export async function submitAction(p: unknown, fd: FormData): Result { return submit(p, fd); }
export async function confirmAction(p: unknown, fd: FormData): Result { return confirm(p, fd); }
export async function approveAction(p: unknown, fd: FormData): Result { return approve(p, fd); }
export async function rejectAction(p: unknown, fd: FormData): Result { return reject(p, fd); }
export async function returnAction(p: unknown, fd: FormData): Result { return sendBack(p, fd); }
