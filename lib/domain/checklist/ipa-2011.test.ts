import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ipa2011 } from './ipa-2011';
import { templateSchema } from './schema';
import type { LocalizedText } from './types';

// A byte-for-byte copy of shared/seed/cloud-service-guide-ja.txt (text extracted from IPA's PDF), kept next to
// the test so the suite does not depend on files outside the repository.
const guideRaw = readFileSync(new URL('./fixtures/ipa-2011-guide-ja.txt', import.meta.url), 'utf8');

// PDF extraction breaks lines mid-sentence and puts spaces around Latin letters ("IT を"), so compare with all
// whitespace removed (\s also covers the ideographic space U+3000).
const squash = (s: string): string => s.replace(/\s+/g, '');
const guide = squash(guideRaw);
const sheetTitle = '中小企業のためのクラウドサービス安全利用チェックシート';
const checkSheet = guide.slice(guide.lastIndexOf(sheetTitle));
const section3 = guide.slice(guide.indexOf('３.あなたの会社のITに'), guide.indexOf('４.クラウドサービスを導入する'));

const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

function collectTexts(value: unknown, path: string, out: { path: string; text: LocalizedText }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectTexts(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('ja' in record || 'en' in record) {
      out.push({ path, text: record as unknown as LocalizedText });
      return;
    }
    for (const [k, v] of Object.entries(record)) collectTexts(v, `${path}.${k}`, out);
  }
}

describe('ipa-2011 template', () => {
  it('passes its schema', () => {
    const result = templateSchema.safeParse(ipa2011);
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('has exactly 14 items numbered 1..14 with keys item-01..item-14', () => {
    expect(ipa2011.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(ipa2011.items.map((i) => i.key)).toEqual(
      Array.from({ length: 14 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('groups items A(1-4), B(5-8), C(9-14) as the guide does', () => {
    expect(ipa2011.groups.map((g) => g.key)).toEqual(['A', 'B', 'C']);
    const numbersOf = (group: string) => ipa2011.items.filter((i) => i.group === group).map((i) => i.number);
    expect(numbersOf('A')).toEqual([1, 2, 3, 4]);
    expect(numbersOf('B')).toEqual([5, 6, 7, 8]);
    expect(numbersOf('C')).toEqual([9, 10, 11, 12, 13, 14]);
    // The guide announces the sizes itself: 「（４項目）」「（４項目）」「（６項目）」.
    expect(guide).toContain('利用範囲についての確認項目（４項目）');
    expect(guide).toContain('利用準備についての確認項目（４項目）');
    expect(guide).toContain('提供条件等についての確認項目（６項目）');
  });

  it('has Japanese and English for every text, and English is actually translated', () => {
    const texts: { path: string; text: LocalizedText }[] = [];
    collectTexts(ipa2011, 'template', texts);
    // Sanity check that the walk found the texts at all (14 items × at least 4 texts each, plus the rest).
    expect(texts.length).toBeGreaterThan(200);
    for (const { path, text } of texts) {
      expect(Object.keys(text).sort(), path).toEqual(['en', 'ja']);
      expect(text.ja.trim(), path).not.toBe('');
      expect(text.en.trim(), path).not.toBe('');
      expect(text.en, `${path} English contains Japanese`).not.toMatch(japanese);
    }
  });

  it('writes the prose of every item in Japanese', () => {
    for (const item of ipa2011.items) {
      for (const text of [item.question, item.content, item.explanation, ...item.subPoints.map((s) => s.text)]) {
        expect(text.ja, item.key).toMatch(japanese);
      }
    }
  });

  it('uses the check sheet 項目 and 内容 verbatim for all 14 items', () => {
    for (const item of ipa2011.items) {
      const row = squash(`(${item.number})${item.question.ja}${item.content.ja}`);
      expect(checkSheet, item.key).toContain(row);
    }
  });

  it('spot-checks a few items against the wording of the guide', () => {
    const byNumber = (n: number) => ipa2011.items.find((i) => i.number === n);
    expect(byNumber(1)?.question.ja).toBe('利用範囲の明確化');
    expect(byNumber(10)?.content.ja).toBe(
      'サービスの稼働率、障害発生頻度、障害時の回復目標時間などのサービスレベルは示されていますか？',
    );
    expect(byNumber(13)?.question.ja).toBe('利用終了時のデータの確保');
    // Item 5 follows the check sheet; section 4's table uses the longer 「利用管理担当者」 wording.
    expect(byNumber(5)?.question.ja).toBe('担当者');
    expect(guide).toContain(squash('クラウドサービスの特性を理解した利用管理担当者を社内に確保しましたか？'));
    expect(byNumber(5)?.explanation.ja).toContain('利用管理担当者');
  });

  it('takes every group title from the guide', () => {
    for (const group of ipa2011.groups) expect(guide, group.key).toContain(squash(group.title.ja));
  });

  it('lists the needs of section 3 verbatim, in the guide’s three categories', () => {
    // Footnote markers (SCM3, CRM4, SFA5) are not part of the wording.
    const section = section3.replace(/(SCM|CRM|SFA)\d/g, '$1');
    expect(ipa2011.needs.map((n) => n.title.ja)).toEqual(['業務効率について', 'ITの負担について', 'ITを活用したビジネスについて']);
    for (const need of ipa2011.needs) {
      expect(section).toContain(`＜${need.title.ja}＞`);
      for (const option of need.options) expect(section, option.key).toContain(squash(option.text.ja));
    }
    expect(ipa2011.needs.map((n) => n.options.length)).toEqual([4, 6, 5]);
  });

  it('defines no information-importance levels, because the guide defines none', () => {
    expect(ipa2011.infoImportance?.levels).toBeUndefined();
    const considerations = ipa2011.infoImportance?.considerations ?? [];
    expect(considerations.length).toBeGreaterThan(0);
    // The damage examples of item (3) are quoted from the guide.
    for (const phrase of ['競争力の喪失', '顧客の喪失', '信用の失墜', '預金等の不正引出し', '経営管理情報の紛失']) {
      expect(guide).toContain(phrase);
      expect(considerations.some((c) => c.text.ja.includes(phrase)), phrase).toBe(true);
    }
  });

  it('states the risk review for unchecked items in the guide’s words', () => {
    expect(guide).toContain(squash(ipa2011.riskReview?.ja ?? 'missing'));
  });

  it('has the structured facts the product brief lists per item', () => {
    const factKeys = (n: number) => ipa2011.items.find((i) => i.number === n)?.facts.map((f) => f.key) ?? [];
    expect(factKeys(2)).toEqual(expect.arrayContaining(['initialCost', 'monthlyCost', 'users']));
    expect(factKeys(9)).toEqual(expect.arrayContaining(['listedCompany', 'yearsInBusiness']));
    expect(factKeys(10)).toEqual(expect.arrayContaining(['availabilityPercent', 'availabilityPeriod']));
    expect(factKeys(11)).toContain('certifications');
    expect(factKeys(12)).toEqual(expect.arrayContaining(['supportChannels', 'supportHours', 'supportFee']));
    expect(factKeys(13)).toEqual(expect.arrayContaining(['exportFormats', 'deletionOnExit']));
    expect(factKeys(14)).toEqual(expect.arrayContaining(['autoRenewal', 'noticePeriodDays', 'liability']));

    const certifications = ipa2011.items[10]?.facts.find((f) => f.key === 'certifications');
    const certificationKeys = certifications?.kind === 'multi-enum' ? certifications.options.map((o) => o.key) : [];
    expect(certificationKeys).toEqual(expect.arrayContaining(['isms', 'ismap', 'pmark', 'soc2', 'pci-dss']));
  });
});
