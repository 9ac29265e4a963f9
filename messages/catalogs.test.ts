import { describe, expect, it } from 'vitest';
import { catalogFiles, catalogs } from './index';

/** Every leaf as [dotted path, text]; keys themselves may contain dots (e.g. permission names). */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix} › ${k}` : k));
}

describe('message catalogs', () => {
  it('have the same keys in Japanese and English', () => {
    const keys = (c: unknown) => leaves(c).map(([k]) => k).sort();
    expect(keys(catalogs.en)).toEqual(keys(catalogs.ja));
  });

  it('define each namespace in one file only', () => {
    for (const files of Object.values(catalogFiles)) {
      const namespaces = Object.values(files).flatMap((f) => Object.keys(f));
      expect(namespaces.length).toBe(new Set(namespaces).size);
    }
  });

  it('have no empty texts, and no untranslated Japanese in English', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of leaves(catalog)) {
        expect(String(text).trim(), `${locale}:${key}`).not.toBe('');
        // Language names are the only Japanese allowed in the English catalog.
        if (locale === 'en' && !key.startsWith('common › languages')) {
          expect(String(text), `en:${key}`).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
    }
  });
});
