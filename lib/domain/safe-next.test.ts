import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps same-site relative paths with their query', () => {
    expect(safeNextPath('/invite/abc_DEF-123')).toBe('/invite/abc_DEF-123');
    expect(safeNextPath('/en/invite/abc?x=1')).toBe('/en/invite/abc?x=1');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      'invite/abc',
      '',
      '/'.padEnd(600, 'a'),
      ['/', 'x'],
      undefined,
    ]) {
      expect(safeNextPath(value), String(value)).toBeNull();
    }
  });
});
