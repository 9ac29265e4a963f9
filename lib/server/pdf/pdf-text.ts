import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

// Noto Sans JP covers JIS X 0213 kanji (𠮷, 髙 …) but not emoji. Characters it lacks would print as an invisible
// .notdef box, silently changing what a signer sees; instead they become 〓 (the conventional Japanese mark
// for a character that cannot be printed) and the report says so.
export const MISSING_GLYPH = '〓';

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-jp');
let fonts: { regular: Buffer; bold: Buffer } | null = null;

/** The two TTFs are ~5 MB each; read once per process. */
export function fontFiles() {
  fonts ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, '400Regular', 'NotoSansJP_400Regular.ttf')),
    bold: fs.readFileSync(path.join(FONT_DIR, '700Bold', 'NotoSansJP_700Bold.ttf')),
  };
  return fonts;
}

export type HasGlyph = (codePoint: number) => boolean;

const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/**
 * Text as it can be printed: NFC, LF line ends, no control characters (tab becomes a space) and no soft hyphens
 * (pdfkit would print them as '-', and Japanese lines must break without hyphens). A character cluster whose
 * base character the font lacks becomes MISSING_GLYPH; unsupported combining marks or variation selectors on a
 * printable base are dropped.
 */
export function printable(text: string, hasGlyph: HasGlyph): { text: string; substituted: boolean } {
  const clean = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad]/g, '');
  let substituted = false;
  let out = '';
  for (const { segment } of segmenter.segment(clean)) {
    const points = [...segment];
    const base = points[0]!;
    if (base === '\n' || base === ' ') {
      out += segment;
      continue;
    }
    if (!hasGlyph(base.codePointAt(0)!)) {
      out += MISSING_GLYPH;
      substituted = true;
      continue;
    }
    out += base + points.slice(1).filter((p) => hasGlyph(p.codePointAt(0)!)).join('');
  }
  return { text: out, substituted };
}

/** Applies `printable` to every string of a plain JSON-like value, keeping its shape. */
export function printableDeep<T>(value: T, hasGlyph: HasGlyph): { value: T; substituted: boolean } {
  let substituted = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = printable(v, hasGlyph);
      substituted ||= r.substituted;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value) as T, substituted };
}
