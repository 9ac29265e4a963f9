import { z } from 'zod';

// Shared text rules. Lengths count characters as people do (code points: 𠮷 and 🙂 are one), and text is kept
// exactly as typed apart from trimming single-line fields: no Unicode normalisation, so NFD/NFC, zero-width and
// RTL characters round-trip (security.md 20). NUL can never be stored by PostgreSQL, so it is refused up front
// instead of failing in the database.
export const codePoints = (s: string) => [...s].length;

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
// Single-line fields also refuse other C0 controls (line breaks in a company name are always a mistake).
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u001f\u007f]/;

/** A single-line field: trimmed, required unless `optional`, at most `max` characters. */
export function line(max: number, opts: { optional?: boolean } = {}) {
  const base = z
    .string({ error: 'required' })
    .trim()
    .refine((s) => !C0.test(s), 'invalidCharacters')
    .refine((s) => codePoints(s) <= max, 'tooLong');
  return opts.optional ? base : base.refine((s) => s.length > 0, 'required');
}

/** A multi-line field (memos, reasons): kept as typed, at most `max` characters, may be empty. */
export function paragraph(max: number) {
  return z
    .string({ error: 'required' })
    .refine((s) => !NUL.test(s), 'invalidCharacters')
    .refine((s) => codePoints(s) <= max, 'tooLong');
}
