// Pure conversions between what the answer form holds (strings, exactly as typed) and the answer object that
// validateAnswer / saveAnswer accept. The form never holds parsed numbers: what the user typed must survive a
// refused save untouched, and only the server decides what is valid (lib/schemas/answer.ts).
import type { ChecklistItem, FactField, Facts, LocalizedText } from '@/lib/domain/checklist/types';
import { allowedDowntimeSeconds, type AvailabilityPeriod } from '@/lib/domain/downtime';
import type { AnswerStatus } from '@/lib/domain/progress';
import type { AnswerSnapshot } from './answer-snapshot';

export type Locale = 'ja' | 'en';
export const pick = (text: LocalizedText, locale: Locale) => text[locale];

/** One fact as the form holds it: '' means "not filled in" (unknown); a multi-enum holds its ticked keys. */
export type RawFact = string | string[];

export type AnswerFormValues = {
  status: AnswerStatus | '';
  memo: string;
  /** Ticked sub-point keys, always in the template's order so that comparing two forms is a plain comparison. */
  subPoints: string[];
  /** One entry per fact field of the item, in template order. */
  facts: Record<string, RawFact>;
  riskAcceptable: '' | 'yes' | 'no';
  riskReason: string;
  riskMitigation: string;
};

function rawFromFact(field: FactField, value: Facts[string]): RawFact {
  if (field.kind === 'multi-enum') return Array.isArray(value) ? field.options.map((o) => o.key).filter((k) => value.includes(k)) : [];
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

export function valuesFromAnswer(item: ChecklistItem, answer: AnswerSnapshot | null): AnswerFormValues {
  const facts: Record<string, RawFact> = {};
  for (const field of item.facts) facts[field.key] = rawFromFact(field, answer?.facts[field.key]);
  return {
    status: answer?.status ?? '',
    memo: answer?.memo ?? '',
    subPoints: item.subPoints.map((s) => s.key).filter((k) => answer?.subPoints.includes(k)),
    facts,
    riskAcceptable: answer?.riskAcceptable === true ? 'yes' : answer?.riskAcceptable === false ? 'no' : '',
    riskReason: answer?.riskReason ?? '',
    riskMitigation: answer?.riskMitigation ?? '',
  };
}

/**
 * Reads a number the way people type it: full-width digits, thousands separators, spaces and a trailing unit
 * (100,000円, ９９．９％) are accepted. Anything else is returned as null and the raw text goes to the server,
 * which refuses it with a field message.
 */
export function parseNumber(raw: string, integer: boolean): number | null {
  const s = raw
    .normalize('NFKC')
    .replace(/[\s,]/g, '')
    .replace(/(円|yen|%)$/i, '');
  const pattern = integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  return pattern.test(s) ? Number(s) : null;
}

function factFromRaw(field: FactField, raw: RawFact | undefined): unknown {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return raw.length ? [...raw] : undefined;
  switch (field.kind) {
    case 'money':
    case 'integer':
    case 'percent': {
      if (raw.trim() === '') return undefined;
      return parseNumber(raw, field.kind !== 'percent') ?? raw;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'text':
      // Kept exactly as typed; only a blank field means "unknown".
      return raw.trim() === '' ? undefined : raw;
    default:
      return raw === '' ? undefined : raw;
  }
}

/** The facts object to send: unknown facts are left out, unparseable numbers are sent as typed (and refused). */
export function factsFromValues(item: ChecklistItem, facts: Record<string, RawFact>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of item.facts) {
    const value = factFromRaw(field, facts[field.key]);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

/** The answer object for saveAnswer. The risk decision is only sent for 未確認・懸念あり, where it applies. */
export function inputFromValues(item: ChecklistItem, v: AnswerFormValues) {
  const concern = v.status === 'CONCERN';
  return {
    ...(v.status ? { status: v.status } : {}),
    memo: v.memo,
    subPoints: v.subPoints,
    facts: factsFromValues(item, v.facts),
    riskAcceptable: concern && v.riskAcceptable ? v.riskAcceptable === 'yes' : null,
    riskReason: concern ? v.riskReason : '',
    riskMitigation: concern ? v.riskMitigation : '',
  };
}

export function sameValues(a: AnswerFormValues, b: AnswerFormValues) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Toggles a key in a list while keeping the list in the order of `order` (template order). */
export function toggleKey(list: readonly string[], key: string, on: boolean, order: readonly string[]) {
  return order.filter((k) => (k === key ? on : list.includes(k)));
}

export type DowntimeRow = { period: AvailabilityPeriod; seconds: number };

/**
 * Allowed downtime for the item's availability fact (guide item 10 (ウ)). With the period known, one row;
 * without it, both, because the guide's point is that the same percentage means twelve times more per year.
 * Null when the item has no availability fact or the percentage is not a usable number.
 */
export function downtimeFor(item: ChecklistItem, facts: Record<string, RawFact> | Facts): DowntimeRow[] | null {
  const field = item.facts.find((f) => f.kind === 'percent' && f.downtime);
  if (!field || field.kind !== 'percent' || !field.downtime) return null;
  const raw = facts[field.key];
  const percent = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? parseNumber(raw, false) : null;
  if (percent === null || percent < field.min || percent > field.max) return null;
  const period = facts[field.downtime.periodFactKey];
  const periods: AvailabilityPeriod[] = period === 'month' || period === 'year' ? [period] : ['month', 'year'];
  const rows: DowntimeRow[] = [];
  for (const p of periods) {
    const seconds = allowedDowntimeSeconds(percent, p);
    if (seconds !== null) rows.push({ period: p, seconds });
  }
  return rows.length ? rows : null;
}
