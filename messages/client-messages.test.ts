import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from '@/i18n/client-messages';

const root = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('messages sent to the browser', () => {
  it('cover every namespace a component asks useTranslations for', () => {
    const used = new Set<string>();
    for (const file of [...sources(path.join(root, 'components')), ...sources(path.join(root, 'app'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/useTranslations\((?:'([^']*)')?\)/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(10);
    const covered = (ns: string) => CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));
    expect([...used].filter((ns) => !covered(ns))).toEqual([]);
  });

  it('contain those namespaces in both languages and leave server-only catalogs out', () => {
    for (const locale of ['ja', 'en'] as const) {
      const m = clientMessages(locale) as Record<string, Record<string, unknown>>;
      expect(m.reviews?.assign).toBeDefined();
      expect(m.app?.roles).toBeDefined();
      expect(m.report).toBeUndefined(); // the PDF's texts never reach the browser
      expect(m.reviews?.history).toBeUndefined();
    }
  });
});
