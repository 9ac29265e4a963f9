import 'server-only';
import QRCode from 'qrcode';

// Low-level drawing on a pdfkit document: headings, labelled fields that flow across pages, tables that repeat
// their header after a page break, the QR code, and the per-page footer / draft mark.
export type Doc = PDFKit.PDFDocument;

export const FONT = { regular: 'NotoSansJP-Regular', bold: 'NotoSansJP-Bold' } as const;
export const PAGE = { margin: 50, top: 56, bottom: 64 } as const;
const GREY = '#555555';
const RULE = '#bbbbbb';

export const contentWidth = (doc: Doc) => doc.page.width - PAGE.margin * 2;
const maxY = (doc: Doc) => doc.page.height - PAGE.bottom;

/** Starts a new page unless `height` points still fit, so a heading is never left alone at a page bottom. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > maxY(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, size = 14) {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.4).font(FONT.bold).fontSize(size).fillColor('black').text(text, PAGE.margin, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/**
 * A label with its value: short single-line values on the label's line, others below a small grey label. Long
 * values (memos) wrap and continue on the next page by themselves.
 */
export function field(doc: Doc, label: string, value: string, indent = 0) {
  const x = PAGE.margin + indent;
  const width = contentWidth(doc) - indent;
  ensureSpace(doc, 30);
  if (label && !value.includes('\n') && [...value].length <= 40) {
    doc.font(FONT.bold).fontSize(9).fillColor(GREY).text(`${label}　`, x, doc.y, { width, continued: true });
    doc.font(FONT.regular).fontSize(9.5).fillColor('black').text(value);
    doc.moveDown(0.25);
    return;
  }
  if (label) doc.font(FONT.bold).fontSize(8).fillColor(GREY).text(label, x, doc.y, { width });
  doc.font(FONT.regular).fontSize(9.5).fillColor('black').text(value, x, doc.y, { width, lineGap: 1.5 });
  doc.moveDown(0.35);
}

export type Column = { width: number; bold?: boolean };
/** A row of cells, or a group heading spanning the whole table. */
export type TableRow = string[] | { group: string };

/** Draws rows as a bordered table; each row is kept on one page and the header repeats after a break. */
export function table(doc: Doc, columns: Column[], header: string[], rows: TableRow[], fontSize = 8.5) {
  const pad = 3;
  const x0 = PAGE.margin;
  const rowHeight = (cells: string[], font: string) =>
    Math.max(
      ...cells.map((c, i) => doc.font(font).fontSize(fontSize).heightOfString(c, { width: columns[i]!.width - pad * 2 }) + pad * 2),
    );
  const drawRow = (cells: string[], isHeader: boolean) => {
    const h = rowHeight(cells, isHeader ? FONT.bold : FONT.regular);
    const y = doc.y;
    let x = x0;
    if (isHeader) doc.rect(x0, y, columns.reduce((s, c) => s + c.width, 0), h).fill('#eeeeee');
    cells.forEach((cell, i) => {
      const col = columns[i]!;
      doc.lineWidth(0.5).strokeColor(RULE).rect(x, y, col.width, h).stroke();
      doc
        .font(isHeader || col.bold ? FONT.bold : FONT.regular)
        .fontSize(fontSize)
        .fillColor('black')
        .text(cell, x + pad, y + pad, { width: col.width - pad * 2 });
      x += col.width;
    });
    doc.x = x0;
    doc.y = y + h;
  };
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const groupHeight = (text: string) => doc.font(FONT.bold).fontSize(fontSize).heightOfString(text, { width: total - pad * 2 }) + pad * 2;
  const drawGroup = (text: string) => {
    const h = groupHeight(text);
    const y = doc.y;
    doc.rect(x0, y, total, h).fill('#f6f6f6');
    doc.lineWidth(0.5).strokeColor(RULE).rect(x0, y, total, h).stroke();
    doc.font(FONT.bold).fontSize(fontSize).fillColor('black').text(text, x0 + pad, y + pad, { width: total - pad * 2 });
    doc.x = x0;
    doc.y = y + h;
  };
  const headerHeight = rowHeight(header, FONT.bold);
  ensureSpace(doc, headerHeight + 40);
  drawRow(header, true);
  rows.forEach((row, i) => {
    // A group heading needs its first row on the same page.
    const next = rows[i + 1];
    const need = Array.isArray(row)
      ? rowHeight(row, FONT.regular)
      : groupHeight(row.group) + (Array.isArray(next) ? rowHeight(next, FONT.regular) : 0);
    if (doc.y + need > maxY(doc)) {
      doc.addPage();
      drawRow(header, true);
    }
    if (Array.isArray(row)) drawRow(row, false);
    else drawGroup(row.group);
  });
  doc.moveDown(0.6);
}

/** The QR code as vector squares: no raster image, so it stays sharp and the bytes stay deterministic. */
export function qrCode(doc: Doc, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.save().rect(x, y, size, size).fill('white').fillColor('black');
  for (let r = 0; r < count; r++) {
    for (let c = 0; c < count; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }
  }
  doc.fill('black').restore();
}

/** Footer (revision + hash or draft notice, "n / N") and, for drafts, a diagonal mark on every page. */
export function decoratePages(doc: Doc, footer: string, pageTemplate: string, draftBanner: string | null) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.bottom + 22;
    const width = contentWidth(doc);
    const pageText = pageTemplate.replace('{page}', String(i + 1)).replace('{total}', String(range.count));
    doc.lineWidth(0.5).strokeColor(RULE).moveTo(PAGE.margin, y - 6).lineTo(PAGE.margin + width, y - 6).stroke();
    doc.font(FONT.regular).fontSize(7).fillColor(GREY);
    doc.text(footer, PAGE.margin, y, { width: width - 60, lineBreak: true, height: 24 });
    doc.text(pageText, PAGE.margin + width - 60, y, { width: 60, align: 'right', lineBreak: false });
    if (draftBanner) {
      doc.font(FONT.bold).fontSize(16).fillColor('#c00000').text(draftBanner, PAGE.margin, 24, { width, align: 'right', lineBreak: false });
      const cx = doc.page.width / 2;
      const cy = doc.page.height / 2;
      doc.save().rotate(-35, { origin: [cx, cy] }).fillOpacity(0.12).font(FONT.bold).fontSize(72).fillColor('#c00000');
      doc.text(draftBanner, cx - 300, cy - 55, { width: 600, align: 'center', lineBreak: false });
      doc.restore();
    }
    doc.page.margins.bottom = bottom;
  }
}
