// CSV that Excel opens correctly in Japanese: UTF-8 with a BOM (without it Excel guesses Shift_JIS and shows
// mojibake), CRLF line ends and RFC 4180 quoting. Cells are defended against formula injection (OWASP "CSV
// injection"): text a user typed that starts with = + - @ TAB or CR would otherwise run as a formula in Excel.
export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: numbers as they are; text neutralised with a leading apostrophe if it could start a formula, then quoted. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  // Quote whenever a separator, quote or line break appears (RFC 4180 2.6), doubling inner quotes (2.7).
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file: BOM, rows separated and terminated by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((r) => csvRow(r) + '\r\n').join('');
}
