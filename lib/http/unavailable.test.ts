import { describe, expect, it } from 'vitest';
import { unavailableLocale, unavailablePage } from './unavailable';

describe('the busy / unavailable page', () => {
  it('speaks Japanese by default and English under /en', () => {
    expect(unavailableLocale('/decisions/x')).toBe('ja');
    expect(unavailableLocale('/en/decisions/x')).toBe('en');
    expect(unavailableLocale('/en')).toBe('en');
    expect(unavailableLocale('/entries')).toBe('ja');
    expect(unavailablePage('busy', 'ja')).toContain('混み合っています');
    expect(unavailablePage('unavailable', 'en')).toContain('briefly unavailable');
  });

  it('has a language, a title and no script', () => {
    const html = unavailablePage('busy', 'en');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<script/i);
  });
});
