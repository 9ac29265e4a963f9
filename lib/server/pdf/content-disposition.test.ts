import { describe, expect, it } from 'vitest';
import { attachmentHeader, safeFileName } from './content-disposition';

/** What a browser does with filename*: take the UTF-8 percent-encoded value. */
const extName = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(header)![1]!);
const asciiName = (header: string) => /filename="([^"]*)"/.exec(header)![1]!;

describe('attachmentHeader', () => {
  it('keeps a Japanese name in filename* and gives old clients an ASCII fallback', () => {
    const header = attachmentHeader('株式会社𠮷田_会計のクラウド化_第2版.pdf');
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(extName(header)).toBe('株式会社𠮷田_会計のクラウド化_第2版.pdf');
    expect(asciiName(header)).toMatch(/\.pdf$/);
  });

  it('uses "download" with the extension when nothing ASCII is left', () => {
    expect(asciiName(attachmentHeader('報告書.pdf'))).toBe('download.pdf');
    expect(asciiName(attachmentHeader('report 2026.pdf'))).toBe('report 2026.pdf');
  });

  it('never lets quotes or backslashes end the quoted string', () => {
    const header = attachmentHeader('a"b\\c.pdf');
    expect(asciiName(header)).toBe('a_b_c.pdf');
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).not.toContain('\\');
  });

  it('strips path separators so no directory can be named', () => {
    expect(extName(attachmentHeader('../../etc/passwd'))).toBe('_.._etc_passwd');
    expect(extName(attachmentHeader('..\\..\\win.ini'))).toBe('_.._win.ini');
    expect(asciiName(attachmentHeader('/abs/x.pdf'))).toBe('_abs_x.pdf');
  });

  it('cannot be split into a second header by CR/LF', () => {
    const header = attachmentHeader('a\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(extName(header)).toBe('a Set-Cookie_ x=1.pdf');
  });

  it('percent-encodes characters that are not attr-char, including % itself', () => {
    const header = attachmentHeader('100% 完了 (v1).pdf');
    expect(header).toContain("filename*=UTF-8''100%25%20%E5%AE%8C%E4%BA%86%20%28v1%29.pdf");
    expect(asciiName(header)).toBe('100_ __ (v1).pdf');
  });
});

describe('safeFileName', () => {
  it('falls back to "download" for an empty or dot-only name and caps the length', () => {
    expect(safeFileName('')).toBe('download');
    expect(safeFileName('...')).toBe('download');
    expect([...safeFileName('𠮷'.repeat(500))]).toHaveLength(150);
  });
});
