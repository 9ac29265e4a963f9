import { z } from 'zod';
import { factsSchemaFor } from '@/lib/domain/checklist/schema';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { paragraph } from './text';

// One answer (an item for a candidate), validated against its template item. Shared by the answer form and the
// server action. Messages are catalog keys under "validation".
export const MEMO_MAX = 5000;
export const RISK_TEXT_MAX = 2000;
export const answerStatuses = ['CONFIRMED', 'CONCERN', 'NOT_APPLICABLE'] as const;

// eslint-disable-next-line no-control-regex
const hasNul = (v: unknown): boolean => (typeof v === 'string' ? /\u0000/.test(v) : Array.isArray(v) ? v.some(hasNul) : false);

export function answerSchemaFor(item: ChecklistItem) {
  const subPointKeys = new Set(item.subPoints.map((s) => s.key));
  return z
    .strictObject({
      status: z.enum(answerStatuses, { error: 'chooseStatus' }),
      memo: paragraph(MEMO_MAX).default(''),
      subPoints: z
        .array(z.string(), { error: 'invalid' })
        .max(subPointKeys.size, 'invalid')
        .refine((keys) => keys.every((k) => subPointKeys.has(k)) && new Set(keys).size === keys.length, 'invalid')
        .default([]),
      facts: z
        .unknown()
        .refine((f) => typeof f !== 'object' || f === null || !Object.values(f).some(hasNul), 'invalidCharacters')
        .pipe(factsSchemaFor(item))
        .default({}),
      riskAcceptable: z.boolean({ error: 'invalid' }).nullable().default(null),
      riskReason: paragraph(RISK_TEXT_MAX).default(''),
      riskMitigation: paragraph(RISK_TEXT_MAX).default(''),
    })
    .superRefine((v, ctx) => {
      // The guide: for every item not confirmed, decide whether the remaining risk is acceptable, and why.
      if (v.status !== 'CONCERN') return;
      if (v.riskAcceptable === null) ctx.addIssue({ code: 'custom', path: ['riskAcceptable'], message: 'riskDecisionRequired' });
      if (!v.riskReason.trim()) ctx.addIssue({ code: 'custom', path: ['riskReason'], message: 'riskReasonRequired' });
      if (!v.riskMitigation.trim()) ctx.addIssue({ code: 'custom', path: ['riskMitigation'], message: 'riskMitigationRequired' });
    })
    .transform((v) => (v.status === 'CONCERN' ? v : { ...v, riskAcceptable: null, riskReason: '', riskMitigation: '' }));
}

export type AnswerInput = z.output<ReturnType<typeof answerSchemaFor>>;

export type FieldErrors = Record<string, string[]>;

/**
 * Validates an answer and returns per-field catalog keys. Fact problems are reported on `facts.<key>` with one
 * generic key, since the fact schema's own messages are for developers.
 */
export function validateAnswer(item: ChecklistItem, input: unknown): { ok: true; value: AnswerInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = answerSchemaFor(item).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [head, sub] = issue.path.map(String);
    const isFact = head === 'facts' && sub !== undefined;
    const field = isFact ? `facts.${sub}` : (head ?? '_form');
    const key = isFact ? 'invalidFact' : issue.code === 'unrecognized_keys' ? 'invalid' : issue.message;
    (fieldErrors[field] ??= []).push(key);
  }
  return { ok: false, fieldErrors };
}
