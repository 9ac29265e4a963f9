import { createHash } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@/lib/domain/report/build-report';
import { LONG_MEMO, sampleInput } from '@/lib/domain/report/test-fixtures';
import { PAGE } from './pdf-layout';
import { MISSING_GLYPH } from './pdf-text';
import { renderDecisionPdf } from './render-decision-pdf';

type PageText = { all: string; body: string };

/** Text of every page as pdfjs extracts it; `body` leaves out the footer band and the draft banner at the top. */
async function readPdf(pdf: Buffer): Promise<PageText[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.flatMap((it) => ('str' in it ? [it] : []));
    const inBody = (y: number) => y > PAGE.bottom && y < height - PAGE.top + 20;
    pages.push({
      all: items.map((it) => it.str).join(''),
      body: items.filter((it) => inBody(it.transform[5] as number) && Math.abs(it.transform[1] as number) < 0.01).map((it) => it.str).join(''),
    });
  }
  await doc.destroy();
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('renderDecisionPdf', () => {
  it('renders a signed 3-candidate report whose text can be read back', async () => {
    const report = buildReport(sampleInput({ candidates: 3 }));
    const pdf = await renderDecisionPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await readPdf(pdf);
    const all = squash(pages.map((p) => p.all).join(''));
    const body = squash(pages.map((p) => p.body).join(''));

    for (const text of ['株式会社𠮷田製作所', '髙木一郎', '𠮷田花子', '𠮷野クラウド会計', '会計業務のクラウド化', '第2版']) {
      expect(all, text).toContain(squash(text));
    }
    // The official 項目 wording of the check sheet.
    for (const title of ['(1)利用範囲の明確化', '(2)サービスの種類とコスト', '(10)サービスの信頼性', '(13)利用終了時のデータの確保']) {
      expect(all, title).toContain(title);
    }
    expect(all).toContain('1,200,000円');
    expect(all).toContain('1年あたり8時間45分36秒');
    // User text is drawn as text; the emoji, which Noto Sans JP lacks, is a visible placeholder and the cover says so.
    expect(body).toContain(squash(`𠮷野さんに確認済み。髙橋部長も同意。${MISSING_GLYPH} <script>alert("x")</script>`));
    expect(all).not.toContain('👍');
    expect(squash(pages[0]!.all)).toContain(squash(report.footer.missingGlyphNote));
    // The 3,000-character memo is complete across page breaks, and wrapping added no hyphens.
    expect(body).toContain(squash(LONG_MEMO));
    // Every page: "n / N" and the footer with revision and hash.
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => {
      expect(p.all).toContain(`${i + 1} / ${pages.length}`);
      expect(squash(p.all)).toContain(squash(`第2版 内容ハッシュ ${report.cover.hash!.value}`));
      expect(p.all).not.toContain('DRAFT');
    });
    expect(pages[0]!.all).toContain(report.cover.verify!.url);
  });

  it('marks every page of a draft, and the footer says it is not signed', async () => {
    const pdf = await renderDecisionPdf(buildReport(sampleInput({ candidates: 3, signed: false })));
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      expect(p.all).toContain('下書き DRAFT');
      expect(p.all).toContain('下書き（未承認）／DRAFT — not signed');
    }
  });

  it('renders English', async () => {
    const pages = await readPdf(await renderDecisionPdf(buildReport(sampleInput({ candidates: 1, locale: 'en' }))));
    const all = pages.map((p) => p.all).join(' ');
    expect(all).toContain('Cloud service adoption review report');
    expect(all).toContain('1,200,000 yen');
    expect(all).toContain(`1 / ${pages.length}`);
  });

  it('gives byte-identical output for the same report, and a different /ID for different content', async () => {
    const report = buildReport(sampleInput({ candidates: 3 }));
    const [a, b] = [await renderDecisionPdf(report), await renderDecisionPdf(structuredClone(report))];
    expect(sha256(a)).toBe(sha256(b));
    // Fonts are embedded as subsets whose tags come from the resource id, not from chance.
    const tags = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/BaseFont \/([A-Z]{6})\+NotoSansJP-(\w+)/g)].map((m) => `${m[1]}+${m[2]}`);
    expect(new Set(tags(a))).toEqual(new Set(['CZZZZZ+Regular', 'DZZZZZ+Bold']));
    expect(tags(b)).toEqual(tags(a));
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(a)).toMatch(/^[0-9a-f]{32}$/);
    const other = await renderDecisionPdf(buildReport({ ...sampleInput({ candidates: 3 }), hash: 'f'.repeat(64) }));
    expect(id(other)).not.toBe(id(a));
  });

  it('prints render time and size for 1, 3 and 10 candidates', async () => {
    for (const candidates of [1, 3, 10]) {
      const report = buildReport(sampleInput({ candidates }));
      const start = performance.now();
      const pdf = await renderDecisionPdf(report);
      const ms = performance.now() - start;
      const pages = (await readPdf(pdf)).length;
      console.info(`PDF ${candidates} candidate(s): ${ms.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KB, ${pages} pages`);
      expect(pdf.length).toBeGreaterThan(0);
    }
  });
}, 60_000);
