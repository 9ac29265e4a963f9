import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('クラウド会計')).toBe('クラウド会計');
    expect(csvCell(120000)).toBe('120000');
    expect(csvCell(-5)).toBe('-5'); // a number we wrote ourselves is data, not an injection
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('line1\r\nline2')).toBe('"line1\r\nline2"');
  });

  it.each(['=1+1', '+81', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula start: %j', (input) => {
    const out = csvCell(input);
    expect(out.replace(/^"/, '').startsWith(`'`)).toBe(true);
  });

  it('neutralises and quotes together', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('keeps characters outside the BMP intact', () => {
    expect(csvCell('𠮷野家')).toBe('𠮷野家');
    expect(csvCell('𠮷,🍣')).toBe('"𠮷,🍣"');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv([
      ['項目', 'メモ'],
      ['(1)', '複数行\nのメモ'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}項目,メモ\r\n(1),"複数行\nのメモ"\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes an empty file as just the BOM', () => {
    expect(toCsv([])).toBe(BOM);
  });
});
