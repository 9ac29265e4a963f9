import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates, templateRef } from './registry';
import { templateSchema } from './schema';

describe('template registry', () => {
  it('finds ipa-2011 by key, and by key + version', () => {
    expect(getTemplate('ipa-2011')?.items).toHaveLength(14);
    expect(getTemplate('ipa-2011', 1)?.version).toBe(1);
  });

  it('returns undefined for an unknown key or version instead of a different checklist', () => {
    expect(getTemplate('ipa-2099')).toBeUndefined();
    expect(getTemplate('ipa-2011', 999)).toBeUndefined();
  });

  it('lists every registered key + version once', () => {
    const refs = listTemplates().map((t) => `${t.key}@${t.version}`);
    expect(refs).toContain('ipa-2011@1');
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('registers only templates that pass the schema', () => {
    for (const summary of listTemplates()) {
      const template = getTemplate(summary.key, summary.version);
      expect(template, `${summary.key}@${summary.version}`).toBeDefined();
      expect(templateSchema.safeParse(template).error?.issues).toBeUndefined();
    }
  });

  it('gives a decision the key + version to store', () => {
    const template = getTemplate('ipa-2011');
    if (!template) throw new Error('ipa-2011 missing');
    expect(templateRef(template)).toEqual({ key: 'ipa-2011', version: 1 });
  });
});
