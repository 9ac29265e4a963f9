// Validation for templates (built-in ones in tests, company-made ones before they are stored) and for the
// facts an answer carries. Both are data that outlives code: a template version is referenced by signed
// snapshots, and facts JSON is stored as-is, so anything malformed must be refused before it is saved.
import { z } from 'zod';
import { IPA_2011_KEY } from './ipa-2011';
import type { ChecklistItem, ChecklistTemplate, FactField, Facts, FactValue } from './types';

// Bounds keep a hostile or mistaken company template from blowing up pages, PDFs and storage.
const MAX_TEXT = 5_000;
const MAX_LIST = 200;

const nonBlank = z
  .string()
  .max(MAX_TEXT)
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

export const localizedTextSchema = z.strictObject({ ja: nonBlank, en: nonBlank });

// Keys end up in URLs, JSON column keys and audit events: restrict them to a small, unambiguous alphabet.
const kebabKey = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase kebab-case');
const groupKey = z
  .string()
  .max(32)
  .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'letters, digits and hyphens');
// Fact keys are property names inside the stored facts object, hence camelCase (and never "__proto__").
const factKey = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase');

const optionSchema = z.strictObject({ key: kebabKey, text: localizedTextSchema });

const factBase = {
  key: factKey,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  unit: localizedTextSchema.optional(),
};

const boundedInt = z.number().int().min(0);

export const factFieldSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...factBase, kind: z.literal('money'), currency: z.literal('JPY'), max: boundedInt.min(1) }),
    z.strictObject({ ...factBase, kind: z.literal('integer'), min: z.number().int(), max: z.number().int() }),
    z.strictObject({
      ...factBase,
      kind: z.literal('percent'),
      min: z.number().min(0).max(100),
      max: z.number().min(0).max(100),
      decimals: z.number().int().min(0).max(6),
      downtime: z.strictObject({ periodFactKey: factKey }).optional(),
    }),
    z.strictObject({ ...factBase, kind: z.literal('boolean') }),
    z.strictObject({ ...factBase, kind: z.literal('enum'), options: z.array(optionSchema).min(1).max(MAX_LIST) }),
    z.strictObject({
      ...factBase,
      kind: z.literal('multi-enum'),
      options: z.array(optionSchema).min(1).max(MAX_LIST),
    }),
    z.strictObject({ ...factBase, kind: z.literal('text'), maxLength: z.number().int().min(1).max(MAX_TEXT) }),
  ])
  .superRefine((field, ctx) => {
    if ((field.kind === 'integer' || field.kind === 'percent') && field.min > field.max) {
      ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'] });
    }
    if (field.kind === 'enum' || field.kind === 'multi-enum') {
      reportDuplicates(
        field.options.map((o) => o.key),
        ctx,
        ['options'],
      );
    }
  });

const subPointSchema = z.strictObject({ key: kebabKey, text: localizedTextSchema });

const itemSchema = z.strictObject({
  key: kebabKey,
  number: z.number().int().min(1),
  group: groupKey,
  question: localizedTextSchema,
  content: localizedTextSchema,
  explanation: localizedTextSchema,
  subPoints: z.array(subPointSchema).max(MAX_LIST),
  references: z.array(localizedTextSchema).max(MAX_LIST).optional(),
  facts: z.array(factFieldSchema).max(MAX_LIST),
});

const groupSchema = z.strictObject({
  key: groupKey,
  title: localizedTextSchema,
  description: localizedTextSchema,
});

const needSchema = z.strictObject({
  key: kebabKey,
  title: localizedTextSchema,
  options: z.array(optionSchema).min(1).max(MAX_LIST),
});

const infoImportanceSchema = z.strictObject({
  levels: z.array(optionSchema).min(1).max(MAX_LIST).optional(),
  considerations: z.array(optionSchema).max(MAX_LIST),
});

// ipa-2011 is a published document: any other count is a data-entry error, not a design choice.
const IPA_2011_GROUP_SIZES: Readonly<Record<string, number>> = { A: 4, B: 4, C: 6 };

export const templateSchema = z
  .strictObject({
    key: kebabKey,
    version: z.number().int().min(1),
    title: localizedTextSchema,
    source: localizedTextSchema,
    riskReview: localizedTextSchema.optional(),
    groups: z.array(groupSchema).min(1).max(MAX_LIST),
    items: z.array(itemSchema).min(1).max(MAX_LIST),
    needs: z.array(needSchema).max(MAX_LIST),
    infoImportance: infoImportanceSchema.optional(),
  })
  .superRefine((template, ctx) => {
    const groupKeys = new Set(template.groups.map((g) => g.key));
    reportDuplicates(
      template.groups.map((g) => g.key),
      ctx,
      ['groups'],
    );
    reportDuplicates(
      template.items.map((i) => i.key),
      ctx,
      ['items'],
    );

    template.items.forEach((item, index) => {
      const path = ['items', index];
      // Array order is display order and numbers are what people cite, so they must agree: 1, 2, 3, …
      if (item.number !== index + 1) {
        ctx.addIssue({ code: 'custom', message: `expected number ${index + 1}`, path: [...path, 'number'] });
      }
      if (!groupKeys.has(item.group)) {
        ctx.addIssue({ code: 'custom', message: `unknown group "${item.group}"`, path: [...path, 'group'] });
      }
      reportDuplicates(
        item.subPoints.map((s) => s.key),
        ctx,
        [...path, 'subPoints'],
      );
      reportDuplicates(
        item.facts.map((f) => f.key),
        ctx,
        [...path, 'facts'],
      );
      item.facts.forEach((fact, factIndex) => {
        if (fact.kind !== 'percent' || fact.downtime === undefined) return;
        const period = item.facts.find((f) => f.key === fact.downtime?.periodFactKey);
        const ok =
          period?.kind === 'enum' && period.options.every((o) => o.key === 'month' || o.key === 'year');
        if (!ok) {
          ctx.addIssue({
            code: 'custom',
            message: 'periodFactKey must name an enum fact of this item with options month/year',
            path: [...path, 'facts', factIndex, 'downtime', 'periodFactKey'],
          });
        }
      });
    });

    template.groups.forEach((group, index) => {
      if (!template.items.some((i) => i.group === group.key)) {
        ctx.addIssue({ code: 'custom', message: 'group has no items', path: ['groups', index] });
      }
    });

    // Option keys are unique across all needs so a decision can store them as one flat list.
    reportDuplicates(
      template.needs.map((n) => n.key),
      ctx,
      ['needs'],
    );
    reportDuplicates(
      template.needs.flatMap((n) => n.options.map((o) => o.key)),
      ctx,
      ['needs'],
    );
    if (template.infoImportance) {
      reportDuplicates(
        (template.infoImportance.levels ?? []).map((o) => o.key),
        ctx,
        ['infoImportance', 'levels'],
      );
      reportDuplicates(
        template.infoImportance.considerations.map((o) => o.key),
        ctx,
        ['infoImportance', 'considerations'],
      );
    }

    if (template.key === IPA_2011_KEY) {
      if (template.items.length !== 14) {
        ctx.addIssue({ code: 'custom', message: 'ipa-2011 has exactly 14 items', path: ['items'] });
      }
      const expectedGroups = Object.keys(IPA_2011_GROUP_SIZES);
      if (template.groups.map((g) => g.key).join() !== expectedGroups.join()) {
        ctx.addIssue({ code: 'custom', message: 'ipa-2011 has groups A, B, C', path: ['groups'] });
      }
      for (const [key, size] of Object.entries(IPA_2011_GROUP_SIZES)) {
        const count = template.items.filter((i) => i.group === key).length;
        if (count !== size) {
          ctx.addIssue({ code: 'custom', message: `group ${key} has ${size} items in ipa-2011`, path: ['items'] });
        }
      }
    }
  }) satisfies z.ZodType<ChecklistTemplate>;

function reportDuplicates(keys: readonly string[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate key "${key}"`, path });
    seen.add(key);
  }
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function factValueSchema(field: FactField): z.ZodType<FactValue> {
  switch (field.kind) {
    case 'money':
      // Whole yen only; JPY has no minor unit and floats would make sums and comparisons inexact.
      return z.number().int().min(0).max(field.max);
    case 'integer':
      return z.number().int().min(field.min).max(field.max);
    case 'percent': {
      const scale = 10 ** field.decimals;
      return z
        .number()
        .min(field.min)
        .max(field.max)
        .refine((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-6, {
          message: `at most ${field.decimals} decimal places`,
        });
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(field.options.map((o) => o.key));
    case 'multi-enum':
      // An empty list is a real answer ("none of these"), distinct from the fact being absent (unknown).
      return z
        .array(z.enum(field.options.map((o) => o.key)))
        .max(field.options.length)
        .refine((values) => new Set(values).size === values.length, { message: 'duplicate option' });
    case 'text':
      // Absent means "unknown"; an empty string would be a second spelling of the same thing.
      return z
        .string()
        .min(1)
        .refine((s) => codePointLength(s) <= field.maxLength, {
          message: `at most ${field.maxLength} characters`,
        });
  }
}

export type FactsSchema = z.ZodType<Facts>;

// Items are immutable template data, so one schema per item object can be reused across requests.
const factsSchemaCache = new WeakMap<ChecklistItem, FactsSchema>();

/**
 * Schema for one answer's facts object for `item`. Every fact is optional (not yet known); unknown keys are
 * rejected so that nothing outside the template, and no "__proto__", reaches the stored JSON.
 */
export function factsSchemaFor(item: ChecklistItem): FactsSchema {
  const cached = factsSchemaCache.get(item);
  if (cached) return cached;
  const shape: Record<string, z.ZodOptional<z.ZodType<FactValue>>> = {};
  for (const field of item.facts) shape[field.key] = factValueSchema(field).optional();
  const schema: FactsSchema = z.strictObject(shape);
  factsSchemaCache.set(item, schema);
  return schema;
}
