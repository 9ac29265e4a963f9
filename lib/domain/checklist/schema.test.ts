import { describe, expect, it } from 'vitest';
import { ipa2011 } from './ipa-2011';
import { factsSchemaFor, templateSchema } from './schema';
import type { ChecklistItem, ChecklistTemplate } from './types';

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

/** A deep, writable copy so each test can break exactly one thing. */
function copy(): Mutable<ChecklistTemplate> {
  return structuredClone(ipa2011) as Mutable<ChecklistTemplate>;
}

function item(number: number): ChecklistItem {
  const found = ipa2011.items.find((i) => i.number === number);
  if (!found) throw new Error(`no item ${number}`);
  return found;
}

function issueMessages(value: unknown): string[] {
  return templateSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
}

describe('templateSchema', () => {
  it('accepts the unchanged ipa-2011 template (control for the rejections below)', () => {
    expect(issueMessages(copy())).toEqual([]);
  });

  it('rejects a duplicate item key', () => {
    const t = copy();
    t.items[1]!.key = 'item-01';
    expect(issueMessages(t)).toContain('duplicate key "item-01"');
  });

  it('rejects a missing or blank translation', () => {
    const missing = copy() as unknown as { items: { question: Record<string, string> }[] };
    delete missing.items[0]!.question.en;
    expect(templateSchema.safeParse(missing).success).toBe(false);

    const blank = copy();
    blank.items[3]!.subPoints[0]!.text.ja = '  ';
    expect(issueMessages(blank)).toContain('must not be empty');
  });

  it('rejects an item that references a group that does not exist', () => {
    const t = copy();
    t.items[0]!.group = 'D';
    expect(issueMessages(t)).toContain('unknown group "D"');
  });

  it('rejects ipa-2011 with 13 items or with an item moved to another group', () => {
    const short = copy();
    short.items.pop();
    expect(issueMessages(short)).toContain('ipa-2011 has exactly 14 items');

    const moved = copy();
    moved.items[4]!.group = 'A';
    expect(issueMessages(moved)).toContain('group A has 4 items in ipa-2011');
  });

  it('rejects numbers that do not follow the array order', () => {
    const t = copy();
    t.items[2]!.number = 4;
    expect(issueMessages(t)).toContain('expected number 3');
  });

  it('rejects unknown properties and a downtime link to a non-period fact', () => {
    const extra = { ...copy(), publishedBy: 'someone' };
    expect(templateSchema.safeParse(extra).success).toBe(false);

    const t = copy();
    const availability = t.items[9]!.facts.find((f) => f.key === 'availabilityPercent');
    if (availability?.kind !== 'percent') throw new Error('fixture changed');
    availability.downtime = { periodFactKey: 'compensation' };
    expect(issueMessages(t)).toContain('periodFactKey must name an enum fact of this item with options month/year');
  });

  it('accepts a company template of any size, so own items need no code change', () => {
    const own = {
      key: 'acme-extra',
      version: 1,
      title: { ja: '当社追加項目', en: 'Our extra checks' },
      source: { ja: '当社情報システム規程', en: 'Our IT policy' },
      groups: [{ key: 'X', title: { ja: '追加', en: 'Extra' }, description: { ja: '当社独自', en: 'Our own' } }],
      items: [1, 2].map((number) => ({
        key: `own-${number}`,
        number,
        group: 'X',
        question: { ja: `質問${number}`, en: `Question ${number}` },
        content: { ja: `内容${number}`, en: `Content ${number}` },
        explanation: { ja: '説明', en: 'Explanation' },
        subPoints: [],
        facts: [],
      })),
      needs: [],
    };
    expect(issueMessages(own)).toEqual([]);
  });
});

describe('factsSchemaFor', () => {
  it('accepts complete and partial facts for item 2 (cost)', () => {
    const schema = factsSchemaFor(item(2));
    expect(
      schema.safeParse({ initialCost: 0, monthlyCost: 19_800, users: 12, pricingModel: 'per-user' }).success,
    ).toBe(true);
    expect(schema.safeParse({ monthlyCost: 5_000 }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(true);
  });

  it('rejects wrong types, unknown keys and impossible amounts', () => {
    const schema = factsSchemaFor(item(2));
    expect(schema.safeParse({ monthlyCost: '19800' }).success).toBe(false);
    expect(schema.safeParse({ monthlyCost: 19_800, discount: 10 }).success).toBe(false);
    expect(schema.safeParse({ initialCost: -1 }).success).toBe(false);
    expect(schema.safeParse({ initialCost: 100.5 }).success).toBe(false);
    expect(schema.safeParse({ initialCost: 10_000_000_001 }).success).toBe(false);
    expect(schema.safeParse({ users: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(schema.safeParse({ users: Number.NaN }).success).toBe(false);
    expect(schema.safeParse({ pricingModel: 'free' }).success).toBe(false);
    expect(schema.safeParse(null).success).toBe(false);
    expect(schema.safeParse([]).success).toBe(false);
  });

  it('rejects a "__proto__" key smuggled in through JSON', () => {
    const schema = factsSchemaFor(item(2));
    expect(schema.safeParse(JSON.parse('{"__proto__": {"admin": true}}')).success).toBe(false);
  });

  it('bounds item 10 availability to 0–100 % with at most 3 decimals and a month/year period', () => {
    const schema = factsSchemaFor(item(10));
    expect(schema.safeParse({ availabilityPercent: 99.95, availabilityPeriod: 'month' }).success).toBe(true);
    expect(schema.safeParse({ availabilityPercent: 99.999 }).success).toBe(true);
    expect(schema.safeParse({ availabilityPercent: 100 }).success).toBe(true);
    expect(schema.safeParse({ availabilityPercent: 100.1 }).success).toBe(false);
    expect(schema.safeParse({ availabilityPercent: -0.5 }).success).toBe(false);
    expect(schema.safeParse({ availabilityPercent: 99.9999 }).success).toBe(false);
    expect(schema.safeParse({ availabilityPercent: '99.9' }).success).toBe(false);
    expect(schema.safeParse({ availabilityPeriod: 'week' }).success).toBe(false);
  });

  it('gives item 10 what allowed downtime needs: the guide’s 0.1 % per year ≈ 8 h 45 min', () => {
    const parsed = factsSchemaFor(item(10)).parse({ availabilityPercent: 99.9, availabilityPeriod: 'year' });
    const percentField = item(10).facts.find((f) => f.kind === 'percent' && f.downtime);
    if (percentField?.kind !== 'percent' || !percentField.downtime) throw new Error('no availability fact');
    const percent = parsed[percentField.key];
    const period = parsed[percentField.downtime.periodFactKey];
    expect(period).toBe('year');
    expect(typeof percent).toBe('number');
    const minutesPerYear = 365 * 24 * 60;
    const downtimeMinutes = Math.floor((minutesPerYear * (100 - (percent as number))) / 100);
    expect(`${Math.floor(downtimeMinutes / 60)}h${downtimeMinutes % 60}m`).toBe('8h45m');
  });

  it('validates multi-enum and text facts (item 11 certifications, item 12 support)', () => {
    const certifications = factsSchemaFor(item(11));
    expect(certifications.safeParse({ certifications: ['isms', 'pmark'] }).success).toBe(true);
    expect(certifications.safeParse({ certifications: [] }).success).toBe(true);
    expect(certifications.safeParse({ certifications: ['isms', 'isms'] }).success).toBe(false);
    expect(certifications.safeParse({ certifications: ['iso-9001'] }).success).toBe(false);
    expect(certifications.safeParse({ certifications: 'isms' }).success).toBe(false);

    const support = factsSchemaFor(item(12));
    // Counted in code points: 𠮷 is two UTF-16 units but one character to the user.
    expect(support.safeParse({ supportHoursNote: '𠮷'.repeat(200) }).success).toBe(true);
    expect(support.safeParse({ supportHoursNote: '𠮷'.repeat(201) }).success).toBe(false);
    expect(support.safeParse({ supportHoursNote: '' }).success).toBe(false);
    expect(support.safeParse({ supportHours: '24x7', supportFee: 'included' }).success).toBe(true);
    expect(support.safeParse({ supportFee: true }).success).toBe(false);
  });

  it('validates booleans and integer bounds (items 13 and 14)', () => {
    expect(factsSchemaFor(item(13)).safeParse({ deletionOnExit: true, exportFormats: ['csv'] }).success).toBe(true);
    expect(factsSchemaFor(item(13)).safeParse({ deletionOnExit: 'yes' }).success).toBe(false);
    const contract = factsSchemaFor(item(14));
    expect(contract.safeParse({ autoRenewal: true, noticePeriodDays: 30, liability: 'fees-cap' }).success).toBe(true);
    expect(contract.safeParse({ noticePeriodDays: 366 }).success).toBe(false);
    expect(contract.safeParse({ noticePeriodDays: 1.5 }).success).toBe(false);
  });

  it('accepts only an empty object for an item without facts', () => {
    const schema = factsSchemaFor(item(1));
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ anything: 1 }).success).toBe(false);
  });
});
