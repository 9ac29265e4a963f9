import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { ipa2011 } from '@/lib/domain/checklist/ipa-2011';
import { allowedDowntimeSeconds } from '@/lib/domain/downtime';
import { catalogs } from '@/messages';
import { formatDuration, type DurationTranslate } from './duration';
import { formatFact } from './fact-display';

const downtime = (locale: 'ja' | 'en') =>
  createTranslator({ locale, messages: catalogs[locale] as never, namespace: 'answers.downtime' as never }) as unknown as DurationTranslate;
const fact = (item: number, key: string) => ipa2011.items[item - 1]!.facts.find((f) => f.key === key)!;
const words = { yes: 'はい', no: 'いいえ', noneSelected: 'なし' };

describe('formatDuration', () => {
  it('writes the guide’s figures in Japanese', () => {
    expect(formatDuration(allowedDowntimeSeconds(99.9, 'year')!, downtime('ja'))).toBe('8時間45分36秒');
    expect(formatDuration(allowedDowntimeSeconds(99.9, 'month')!, downtime('ja'))).toBe('43分50秒');
    expect(formatDuration(allowedDowntimeSeconds(99, 'year')!, downtime('ja'))).toBe('3日15時間36分');
    expect(formatDuration(0, downtime('ja'))).toBe('0秒');
  });

  it('writes them in English with singular and plural', () => {
    expect(formatDuration(allowedDowntimeSeconds(99.9, 'year')!, downtime('en'))).toBe('8 hours 45 minutes 36 seconds');
    expect(formatDuration(3600 + 60 + 1, downtime('en'))).toBe('1 hour 1 minute 1 second');
    expect(formatDuration(86400, downtime('en'))).toBe('1 day');
    expect(formatDuration(0, downtime('en'))).toBe('0 seconds');
  });
});

describe('formatFact', () => {
  it('groups numbers and attaches units the way each language does', () => {
    expect(formatFact(fact(2, 'initialCost'), 1200000, 'ja', words)).toBe('1,200,000円');
    expect(formatFact(fact(2, 'initialCost'), 1200000, 'en', words)).toBe('1,200,000 yen');
    expect(formatFact(fact(10, 'availabilityPercent'), 99.95, 'en', words)).toBe('99.95%');
    expect(formatFact(fact(2, 'users'), 12, 'ja', words)).toBe('12人');
  });

  it('shows option labels, yes/no and text as they are', () => {
    expect(formatFact(fact(10, 'availabilityPeriod'), 'year', 'ja', words)).toBe('年単位');
    expect(formatFact(fact(11, 'certifications'), ['isms', 'pmark'], 'ja', words)).toBe('ISMS（ISO/IEC 27001）、プライバシーマーク');
    expect(formatFact(fact(11, 'certifications'), [], 'ja', words)).toBe('なし');
    expect(formatFact(fact(9, 'listedCompany'), false, 'ja', words)).toBe('いいえ');
    expect(formatFact(fact(11, 'otherCertifications'), '<b>自社</b>', 'ja', words)).toBe('<b>自社</b>');
  });
});
