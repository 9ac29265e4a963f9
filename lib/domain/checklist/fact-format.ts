// Reading-form text for stored facts and durations, shared by the answer screens and the PDF report so both
// say exactly the same thing. Pure: the words come from the caller's catalog.
import { durationParts } from '../downtime';
import type { FactField, FactValue } from './types';

export type FactLocale = 'ja' | 'en';
export type FactWords = { yes: string; no: string; noneSelected: string };

/** A stored fact as text for reading (advisors, conflicts, PDF): numbers grouped, units and option labels localized. */
export function formatFact(field: FactField, value: FactValue, locale: FactLocale, words: FactWords): string {
  const label = (key: string) => ('options' in field ? field.options.find((o) => o.key === key)?.text[locale] : undefined) ?? key;
  if (typeof value === 'object') return value.length ? value.map(label).join(locale === 'ja' ? '、' : ', ') : words.noneSelected;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
    const unit = field.unit ? field.unit[locale] : '';
    // Japanese units and % attach directly (100,000円, 99.9%); English words take a space (100,000 yen).
    return unit === '' ? number : locale === 'en' && unit !== '%' ? `${number} ${unit}` : `${number}${unit}`;
  }
  return field.kind === 'enum' ? label(value) : value;
}

/** A translator narrowed to the two duration keys, so it is easy to supply from any catalog namespace. */
export type DurationTranslate = (key: 'duration' | 'zero', values?: Record<string, number>) => string;

/** "8時間45分36秒" / "8 hours 45 minutes 36 seconds": zero units are left out, words come from the catalogs. */
export function formatDuration(seconds: number, t: DurationTranslate): string {
  if (Math.round(seconds) <= 0) return t('zero');
  return t('duration', durationParts(seconds)).trim();
}
