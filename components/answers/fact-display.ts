import type { FactField, FactValue } from '@/lib/domain/checklist/types';
import { pick, type Locale } from './answer-form';

export type FactWords = { yes: string; no: string; noneSelected: string };

/** A stored fact as text for reading (advisors, conflicts): numbers grouped, units and option labels localized. */
export function formatFact(field: FactField, value: FactValue, locale: Locale, words: FactWords): string {
  const label = (key: string) => ('options' in field ? field.options.find((o) => o.key === key)?.text[locale] : undefined) ?? key;
  if (typeof value === 'object') return value.length ? value.map(label).join(locale === 'ja' ? '、' : ', ') : words.noneSelected;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
    const unit = field.unit ? pick(field.unit, locale) : '';
    // Japanese units and % attach directly (100,000円, 99.9%); English words take a space (100,000 yen).
    return unit === '' ? number : locale === 'en' && unit !== '%' ? `${number} ${unit}` : `${number}${unit}`;
  }
  return field.kind === 'enum' ? label(value) : value;
}
