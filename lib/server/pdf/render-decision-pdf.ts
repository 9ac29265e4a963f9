import 'server-only';
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { ReportModel } from '@/lib/domain/report/types';
import { contentWidth, decoratePages, ensureSpace, field, FONT, heading, PAGE, qrCode, table, type Doc, type TableRow } from './pdf-layout';
import { fontFiles, printableDeep, type HasGlyph } from './pdf-text';

// The signed-off decision as an A4 PDF (pdfkit + subset Noto Sans JP; see docs/decisions on the PDF engine).
// Deterministic: the same report gives byte-identical output. pdfkit takes CreationDate from the clock unless
// given (we pass the report's), builds the font subset tag from the font's resource id ("F1", "F2"), and derives
// the file /ID as MD5 of the info dictionary only — so two different reports with equal titles and dates would
// share an /ID. We replace it with the first 16 bytes of SHA-256 over the whole report model; the PDF test proves
// both properties.

const COMPARISON_COLUMNS = 4;

/** Renders the report model (buildReport) to PDF bytes. Nothing in the model is interpreted as markup. */
export async function renderDecisionPdf(report: ReportModel): Promise<Buffer> {
  const { regular, bold } = fontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    lang: report.locale === 'ja' ? 'ja-JP' : 'en',
    displayTitle: true,
    info: {
      Title: report.info.title,
      Subject: report.info.subject,
      Author: report.info.author,
      Creator: 'Kumo Check',
      Producer: 'Kumo Check',
      CreationDate: new Date(report.info.creationDate),
    },
  });
  const id = createHash('sha256').update(JSON.stringify(report)).digest().subarray(0, 16);
  (doc as unknown as { _id: Uint8Array })._id = new Uint8Array(id);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(FONT.regular, regular);
  doc.registerFont(FONT.bold, bold);
  doc.font(FONT.regular);
  // pdfkit keeps the fontkit font of the current PDF font; its cmap says which characters can be printed.
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint: HasGlyph } } })._font.font;
  const { value: r, substituted } = printableDeep(report, (cp) => font.hasGlyphForCodePoint(cp));

  cover(doc, r, substituted);
  scope(doc, r);
  comparison(doc, r);
  details(doc, r);
  audit(doc, r);
  decoratePages(doc, r.footer.text, r.footer.pageTemplate, r.footer.draftBanner);
  doc.end();
  return done;
}

function cover(doc: Doc, r: ReportModel, substituted: boolean) {
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(20).text(r.cover.title, PAGE.margin, PAGE.top + 10, { width });
  doc.moveDown(0.8);
  for (const row of r.cover.rows) field(doc, row.label, row.value);
  if (r.cover.draftNote) {
    doc.moveDown(0.3).font(FONT.bold).fontSize(10).fillColor('#c00000').text(r.cover.draftNote, PAGE.margin, doc.y, { width });
    doc.fillColor('black').moveDown(0.5);
  }
  heading(doc, r.cover.signaturesTitle, 13);
  const boxWidth = (width - 12) / 2;
  const top = doc.y;
  let bottom = top;
  r.cover.signatures.forEach((s, i) => {
    const x = PAGE.margin + i * (boxWidth + 12);
    doc.font(FONT.bold).fontSize(8.5).fillColor('#555555').text(s.role, x + 8, top + 8, { width: boxWidth - 16 });
    doc.font(FONT.bold).fontSize(13).fillColor('black').text(s.name, x + 8, doc.y + 2, { width: boxWidth - 16 });
    if (s.at) doc.font(FONT.regular).fontSize(9).text(s.at, x + 8, doc.y + 2, { width: boxWidth - 16 });
    if (s.comment) doc.font(FONT.regular).fontSize(8.5).text(s.comment, x + 8, doc.y + 2, { width: boxWidth - 16 });
    bottom = Math.max(bottom, doc.y + 8);
  });
  r.cover.signatures.forEach((_, i) => {
    doc.lineWidth(0.8).strokeColor('#888888').rect(PAGE.margin + i * (boxWidth + 12), top, boxWidth, bottom - top).stroke();
  });
  doc.x = PAGE.margin;
  doc.y = bottom + 12;
  if (r.cover.hash) field(doc, r.cover.hash.label, r.cover.hash.value);
  if (r.cover.verify) {
    const size = 96;
    ensureSpace(doc, size + 30);
    const y = doc.y + 4;
    qrCode(doc, r.cover.verify.url, PAGE.margin + width - size, y, size);
    const textWidth = width - size - 16;
    doc.font(FONT.bold).fontSize(10).fillColor('black').text(r.cover.verify.title, PAGE.margin, y, { width: textWidth });
    doc.font(FONT.regular).fontSize(9).text(r.cover.verify.text, PAGE.margin, doc.y + 2, { width: textWidth });
    doc.font(FONT.regular).fontSize(9).fillColor('#1a4fa0').text(r.cover.verify.url, PAGE.margin, doc.y + 4, { width: textWidth });
    doc.fillColor('black');
    doc.y = Math.max(doc.y, y + size) + 8;
  }
  if (substituted) {
    doc.font(FONT.regular).fontSize(8).fillColor('#555555').text(r.footer.missingGlyphNote, PAGE.margin, doc.y + 4, { width });
    doc.fillColor('black');
  }
}

function scope(doc: Doc, r: ReportModel) {
  doc.addPage();
  heading(doc, r.scope.title, 16);
  for (const s of r.scope.sections) field(doc, s.heading, s.lines.join('\n'));
  heading(doc, r.candidates.title, 14);
  const sep = r.locale === 'ja' ? '：' : ': ';
  for (const c of r.candidates.entries) {
    ensureSpace(doc, 50);
    doc.font(FONT.bold).fontSize(11).fillColor('black').text(c.name, PAGE.margin, doc.y, { width: contentWidth(doc) });
    const facts = c.rows.map((row) => `${row.label}${sep}${row.value}`).join('\n');
    if (facts) field(doc, '', facts, 10);
  }
}

function comparison(doc: Doc, r: ReportModel) {
  doc.addPage();
  heading(doc, r.comparison.title, 16);
  field(doc, '', r.comparison.lead);
  const width = contentWidth(doc);
  // More than a few candidates do not fit side by side on A4 portrait: the table repeats in column groups.
  for (let start = 0; start < r.comparison.columns.length || start === 0; start += COMPARISON_COLUMNS) {
    const names = r.comparison.columns.slice(start, start + COMPARISON_COLUMNS);
    const labelWidth = 170;
    const cellWidth = (width - labelWidth) / Math.max(names.length, 1);
    const columns = [{ width: labelWidth }, ...names.map(() => ({ width: cellWidth }))];
    const pick = (cells: string[]) => cells.slice(start, start + COMPARISON_COLUMNS);
    const rows: TableRow[] = [];
    for (const g of r.comparison.groups) {
      rows.push({ group: g.heading });
      for (const row of g.rows) rows.push([row.label, ...pick(row.cells)]);
    }
    for (const s of r.comparison.summary) rows.push([s.label, ...pick(s.cells)]);
    table(doc, columns, [r.comparison.itemHeader, ...names], rows);
    if (!r.comparison.columns.length) break;
  }
}

function details(doc: Doc, r: ReportModel) {
  for (const candidate of r.details) {
    doc.addPage();
    heading(doc, candidate.title, 16);
    for (const group of candidate.groups) {
      heading(doc, group.heading, 11);
      for (const item of group.items) {
        ensureSpace(doc, 70);
        doc.font(FONT.bold).fontSize(10.5).fillColor('black').text(item.title, PAGE.margin, doc.y, { width: contentWidth(doc) });
        doc.moveDown(0.2);
        for (const f of item.fields) field(doc, f.label, f.value, 10);
        doc.moveDown(0.4);
      }
    }
  }
}

function audit(doc: Doc, r: ReportModel) {
  doc.addPage();
  heading(doc, r.audit.title, 16);
  if (!r.audit.rows.length) return field(doc, '', r.audit.empty);
  const width = contentWidth(doc);
  table(doc, [{ width: 140 }, { width: 110 }, { width: width - 250 }], [...r.audit.headers], r.audit.rows);
}
