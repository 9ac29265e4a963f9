import { z } from 'zod';
import { line, paragraph } from './text';

// Decision, candidate and comment forms (issue C). Option keys are checked against the decision's template on
// the server. Messages are catalog keys under "validation".
export const MAX_CANDIDATES = 10;

// Checkbox groups: nothing ticked sends nothing, one tick a string, several an array.
const keyList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(60), { error: 'invalid' }).max(50, 'invalid'),
);

export const decisionSchema = z.strictObject({
  title: line(200),
  scopeBusiness: paragraph(2000).default(''),
  scopeInformation: paragraph(2000).default(''),
  needs: keyList,
  needsNote: paragraph(2000).default(''),
  importance: keyList,
  importanceNote: paragraph(2000).default(''),
});
export type DecisionInput = z.output<typeof decisionSchema>;

export const candidateSchema = z.strictObject({
  name: line(200),
  provider: line(200, { optional: true }).default(''),
  url: line(2000, { optional: true })
    .default('')
    // Only web links: a javascript: or data: URL would become a script link when rendered (security.md 21).
    .refine((u) => u === '' || /^https?:\/\/[^\s]+$/i.test(u), 'url'),
  category: line(100, { optional: true }).default(''),
  plan: line(200, { optional: true }).default(''),
  priceNotes: paragraph(2000).default(''),
});
export type CandidateInput = z.output<typeof candidateSchema>;

/** Edit forms carry the record id and the version they loaded (optimistic locking). */
const recordRef = { id: z.string().max(100), version: z.coerce.number({ error: 'invalid' }).int('invalid').min(1, 'invalid') };
export const decisionEditSchema = decisionSchema.extend(recordRef);
export const candidateEditSchema = candidateSchema.extend(recordRef);
export const candidateAddSchema = candidateSchema.extend({ decisionId: z.string().max(100) });

export const commentSchema = z.strictObject({
  decisionId: z.string().max(100),
  itemKey: z.string().max(60).optional(),
  candidateId: z.string().max(100).optional(),
  body: paragraph(4000).refine((s) => s.trim().length > 0, 'required'),
});

/** Ids from URLs and forms: anything that is not a UUID is simply "not found". */
export const idSchema = z.uuid();
export const isId = (v: unknown): v is string => idSchema.safeParse(v).success;
