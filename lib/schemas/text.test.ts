import { describe, expect, it } from 'vitest';
import { line, paragraph } from './text';

describe('line', () => {
  it('trims, requires and counts characters, not UTF-16 units', () => {
    expect(line(3).parse('  𠮷野家 ')).toBe('𠮷野家');
    expect(line(3).safeParse('𠮷野家だ').error?.issues[0]?.message).toBe('tooLong');
    expect(line(3).safeParse('   ').error?.issues[0]?.message).toBe('required');
    expect(line(3, { optional: true }).parse('')).toBe('');
  });

  it('refuses NUL and line breaks', () => {
    expect(line(10).safeParse('a\u0000b').success).toBe(false);
    expect(line(10).safeParse('a\nb').success).toBe(false);
  });

  it('refuses non-strings', () => {
    for (const bad of [undefined, null, 1, ['a'], { a: 1 }]) expect(line(10).safeParse(bad).success).toBe(false);
  });
});

describe('paragraph', () => {
  it('keeps text exactly as typed', () => {
    for (const s of ['  改行\nあり  ', 'e\u0301', '\u00e9', 'a\u200bb', '\u202eabc', '👨‍👩‍👧‍👦', '髙𠮷']) {
      expect(paragraph(100).parse(s)).toBe(s);
    }
  });

  it('counts an emoji family as its code points and refuses NUL', () => {
    expect(paragraph(7).safeParse('👨‍👩‍👧‍👦').success).toBe(true);
    expect(paragraph(6).safeParse('👨‍👩‍👧‍👦').success).toBe(false);
    expect(paragraph(10).safeParse('a\u0000').error?.issues[0]?.message).toBe('invalidCharacters');
  });
});
