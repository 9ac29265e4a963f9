import { describe, expect, it } from 'vitest';
import { MISSING_GLYPH, printable, printableDeep } from './pdf-text';

// A stand-in font: everything except the emoji blocks, variation selectors and ZWJ.
const hasGlyph = (cp: number) => !(cp >= 0x1f000 && cp <= 0x1faff) && cp !== 0xfe0f && cp !== 0x200d;

describe('printable', () => {
  it('keeps characters the font has, including ones outside the basic plane', () => {
    expect(printable('𠮷野 髙橋 <b>&amp;</b>', hasGlyph)).toEqual({ text: '𠮷野 髙橋 <b>&amp;</b>', substituted: false });
  });

  it('replaces a whole emoji cluster the font lacks with one placeholder', () => {
    expect(printable('OK👍🏽です👨‍👩‍👧', hasGlyph)).toEqual({ text: `OK${MISSING_GLYPH}です${MISSING_GLYPH}`, substituted: true });
  });

  it('drops a variation selector the font lacks but keeps its printable base', () => {
    expect(printable('❤\uFE0F', hasGlyph)).toEqual({ text: '❤', substituted: false });
  });

  it('normalises line ends and removes control characters and soft hyphens', () => {
    expect(printable('a\r\nb\rc\td\u0007e\u00adf', hasGlyph).text).toBe('a\nb\nc de' + 'f');
    expect(printable('ｶﾞ'.normalize('NFD'), hasGlyph).text).toBe('ｶﾞ'.normalize('NFC'));
  });
});

describe('printableDeep', () => {
  it('maps every string of a nested value and reports any substitution', () => {
    const r = printableDeep({ a: ['x', { b: '😀' }], n: 1, z: null }, hasGlyph);
    expect(r).toEqual({ value: { a: ['x', { b: MISSING_GLYPH }], n: 1, z: null }, substituted: true });
  });
});
