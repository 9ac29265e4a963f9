import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeRecoveryCode, recoveryCodeFromBytes } from './recovery-codes';

describe('recovery codes', () => {
  it('are shown as two groups of five unambiguous characters', () => {
    for (let i = 0; i < 200; i++) {
      expect(recoveryCodeFromBytes(randomBytes(10))).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    }
    expect(recoveryCodeFromBytes(new Uint8Array(10))).toBe('00000-00000');
    expect(recoveryCodeFromBytes(new Uint8Array(10).fill(255))).toBe('zzzzz-zzzzz');
  });

  it('normalise what a person types back to the stored form', () => {
    expect(normalizeRecoveryCode('ab3de-fg7hk')).toBe('ab3defg7hk');
    expect(normalizeRecoveryCode(' AB3DE FG7HK ')).toBe('ab3defg7hk');
    expect(normalizeRecoveryCode('abode-fgihk')).toBe('ab0defg1hk'); // o -> 0, i -> 1
    expect(normalizeRecoveryCode('ABLDE-FG7HK')).toBe('ab1defg7hk');
  });

  it('refuse anything that cannot be a code', () => {
    for (const bad of ['', '123456', 'ab3de-fg7h', 'ab3de-fg7hkk', 'ab3de-fg7hu', 'ab3de_fg7hk', 'ａｂ３ｄｅ-ｆｇ７ｈｋ']) {
      expect(normalizeRecoveryCode(bad), bad).toBeNull();
    }
  });
});
