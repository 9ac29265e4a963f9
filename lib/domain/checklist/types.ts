// Shape of a checklist template. Templates are data: a new IPA edition or a company's own items is a new
// template object (new key or new version), never a new code path or a database schema change. A decision
// stores the template key + version it was answered against, so old decisions keep rendering exactly.

/** Every user-visible string exists in both UI languages; the PDF language follows the UI language. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/** A tickable or selectable choice. `key` is what gets stored; labels may be corrected in a later version. */
export interface Option {
  readonly key: string;
  readonly text: LocalizedText;
}

interface FactFieldBase {
  /** Stored as the property name in an answer's facts JSON; camelCase, unique within the item. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  /** Shown next to the input (円, 人, 年, 日 …). */
  readonly unit?: LocalizedText;
}

/** Whole yen: JPY has no minor unit, and integers keep sums and comparisons exact. */
export interface MoneyFactField extends FactFieldBase {
  readonly kind: 'money';
  readonly currency: 'JPY';
  readonly max: number;
}

export interface IntegerFactField extends FactFieldBase {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
}

export interface PercentFactField extends FactFieldBase {
  readonly kind: 'percent';
  readonly min: number;
  readonly max: number;
  /** Digits allowed after the decimal point (99.95 needs 2). Bounded so stored values compare exactly. */
  readonly decimals: number;
  /**
   * Marks the value as an availability guarantee. The referenced enum fact of the same item says whether it
   * is measured per 'month' or 'year', which is what allowed downtime depends on (guide item 10 (ウ)).
   * Data, not code, so a later template can attach it to any percent field.
   */
  readonly downtime?: { readonly periodFactKey: string };
}

export interface BooleanFactField extends FactFieldBase {
  readonly kind: 'boolean';
}

export interface EnumFactField extends FactFieldBase {
  readonly kind: 'enum';
  readonly options: readonly Option[];
}

export interface MultiEnumFactField extends FactFieldBase {
  readonly kind: 'multi-enum';
  readonly options: readonly Option[];
}

export interface TextFactField extends FactFieldBase {
  readonly kind: 'text';
  /** Counted in Unicode code points so that 𠮷 or an emoji counts as one character for the user. */
  readonly maxLength: number;
}

export type FactField =
  | MoneyFactField
  | IntegerFactField
  | PercentFactField
  | BooleanFactField
  | EnumFactField
  | MultiEnumFactField
  | TextFactField;

export type FactKind = FactField['kind'];

/**
 * Values of an answer's facts object. Every fact is optional: "the vendor does not say" is a legitimate
 * state while an item is being researched, and the item's status carries whether it is settled.
 */
export type FactValue = number | boolean | string | readonly string[];
export type Facts = Readonly<Partial<Record<string, FactValue>>>;

export interface ChecklistGroup {
  /** 'A' | 'B' | 'C' for ipa-2011; a plain string so other templates may group differently. */
  readonly key: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

export interface SubPoint {
  /** Unique within its item; stored when a user ticks the point, so never reuse a key for other content. */
  readonly key: string;
  readonly text: LocalizedText;
}

export interface ChecklistItem {
  /** Unique within the template; what answers and assignments store. See ipa-2011.ts for the scheme. */
  readonly key: string;
  /** 1-based position as printed in the source (the guide's "(1)"…"(14)"). */
  readonly number: number;
  /** Key of a group in the same template. */
  readonly group: string;
  /** The source's short item name (check sheet 項目). */
  readonly question: LocalizedText;
  /** The source's check question (check sheet 内容). */
  readonly content: LocalizedText;
  /** Summary of the source's explanation; guidance only, never a stricter requirement than the source. */
  readonly explanation: LocalizedText;
  readonly subPoints: readonly SubPoint[];
  /** Documents, schemes or examples the source lists for the item, kept apart so the UI can show them as a list. */
  readonly references?: readonly LocalizedText[];
  readonly facts: readonly FactField[];
}

export interface NeedCategory {
  readonly key: string;
  readonly title: LocalizedText;
  readonly options: readonly Option[];
}

/**
 * What the source says about judging how important the handled information is (decision-level, item 3).
 * `levels` only when the source defines a scale; `considerations` are the aspects it tells you to weigh.
 */
export interface InfoImportanceSpec {
  readonly levels?: readonly Option[];
  readonly considerations: readonly Option[];
}

export interface ChecklistTemplate {
  /** Stable identifier of the source, e.g. 'ipa-2011'. */
  readonly key: string;
  /** Positive integer; bump on any content change, because signed snapshots reference key + version. */
  readonly version: number;
  readonly title: LocalizedText;
  readonly source: LocalizedText;
  /** What to do with items that could not be checked (the guide asks whether the remaining risk is acceptable). */
  readonly riskReview?: LocalizedText;
  readonly groups: readonly ChecklistGroup[];
  readonly items: readonly ChecklistItem[];
  readonly needs: readonly NeedCategory[];
  readonly infoImportance?: InfoImportanceSpec;
}

/** What a decision persists to pin the exact checklist it was answered against. */
export interface TemplateRef {
  readonly key: string;
  readonly version: number;
}
