// Wording helpers for the report: the "report" catalog namespace, dates in Japan time, and fact values with the
// allowed downtime for availability guarantees (guide item 10 (ウ)).
import { createTranslator } from 'next-intl';
import en from '@/messages/en/report.json';
import ja from '@/messages/ja/report.json';
import { formatDuration, formatFact, type DurationTranslate } from '../checklist/fact-format';
import type { ChecklistItem, Facts } from '../checklist/types';
import { allowedDowntimeSeconds, type AvailabilityPeriod } from '../downtime';
import type { ReportLocale } from './types';

export type ReportTranslate = (key: string, values?: Record<string, string | number>) => string;

const catalogs = { ja, en };

export function reportTranslator(locale: ReportLocale): ReportTranslate {
  return createTranslator({ locale, messages: catalogs[locale] as never, namespace: 'report' as never }) as unknown as ReportTranslate;
}

// Signers and auditors read the time where the company is; a fixed zone also keeps the PDF byte-identical
// whatever zone the server runs in.
export function formatDateTime(iso: string, locale: ReportLocale, t: ReportTranslate): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(date);
  return t('dateTime', { date: text });
}

/** One line per known fact, "label: value", in template order; unknown (absent) facts are left out. */
export function factLines(item: ChecklistItem, facts: Facts, locale: ReportLocale, t: ReportTranslate): string[] {
  const words = { yes: t('yes'), no: t('no'), noneSelected: t('noneSelected') };
  const separator = locale === 'ja' ? '：' : ': ';
  const lines: string[] = [];
  for (const field of item.facts) {
    const value = facts[field.key];
    if (value === undefined) continue;
    let text = formatFact(field, value, locale, words);
    if (field.kind === 'percent' && field.downtime && typeof value === 'number') {
      const downtime = downtimeText(value, facts[field.downtime.periodFactKey], locale, t);
      if (downtime) text += locale === 'ja' ? `（${downtime}）` : ` (${downtime})`;
    }
    lines.push(`${field.label[locale]}${separator}${text}`);
  }
  return lines;
}

function downtimeText(percent: number, period: Facts[string], locale: ReportLocale, t: ReportTranslate): string | null {
  // Without a stated period both figures are shown: the same percentage allows twelve times more per year.
  const periods: AvailabilityPeriod[] = period === 'month' || period === 'year' ? [period] : ['month', 'year'];
  const duration = t as unknown as DurationTranslate;
  const parts: string[] = [];
  for (const p of periods) {
    const seconds = allowedDowntimeSeconds(percent, p);
    if (seconds === null) continue;
    parts.push(t(p === 'month' ? 'downtimeMonth' : 'downtimeYear', { duration: formatDuration(seconds, duration) }));
  }
  if (!parts.length) return null;
  return `${t('downtimeTitle')}${locale === 'ja' ? '：' : ': '}${parts.join(locale === 'ja' ? '、' : ', ')}`;
}
