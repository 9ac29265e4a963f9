import { describe, expect, it } from 'vitest';
import { deriveKey, openWith, sealWith } from './secret-box';

const key = deriveKey('unit-test-secret-unit-test-secret-0123');
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const userId = '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';

describe('secret box', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = sealWith(key, secret, userId);
    expect(sealed).not.toContain(secret);
    expect(sealed.length).toBeLessThanOrEqual(200); // fits user.mfa_secret varchar(200)
    expect(openWith(key, sealed, userId)).toBe(secret);
  });

  it('uses a fresh nonce each time', () => {
    expect(sealWith(key, secret, userId)).not.toBe(sealWith(key, secret, userId));
  });

  it('detects any change to the sealed value', () => {
    const sealed = sealWith(key, secret, userId);
    const parts = sealed.split('.');
    for (let i = 1; i < parts.length; i++) {
      const bytes = Buffer.from(parts[i]!, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      const tampered = parts.map((p, j) => (j === i ? bytes.toString('base64url') : p)).join('.');
      expect(openWith(key, tampered, userId)).toBeNull();
    }
    expect(openWith(key, sealed.slice(0, -2), userId)).toBeNull();
    expect(openWith(key, `v2${sealed.slice(2)}`, userId)).toBeNull();
    expect(openWith(key, 'garbage', userId)).toBeNull();
  });

  it('does not open for another user or with another key', () => {
    const sealed = sealWith(key, secret, userId);
    expect(openWith(key, sealed, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(openWith(deriveKey('another-secret-another-secret-another'), sealed, userId)).toBeNull();
  });
});
