import { describe, expect, it } from 'vitest';
import { checkPassword, passwordLength } from './password-policy';

const common = new Set(['password', 'password1', 'qwertyuiop']);
const isCommon = (p: string) => common.has(p);

describe('checkPassword', () => {
  it('requires 8 characters counted as people count them', () => {
    expect(checkPassword('short7!', { isCommon })).toBe('tooShort');
    expect(checkPassword('𠮷𠮷𠮷𠮷𠮷𠮷𠮷', { isCommon })).toBe('tooShort'); // 14 UTF-16 units, 7 characters
    expect(checkPassword('𠮷野家で牛丼を食べる', { isCommon })).toBeNull();
  });

  it('accepts long passphrases and refuses absurd ones', () => {
    expect(checkPassword('あ'.repeat(100), { isCommon })).toBeNull();
    expect(checkPassword('x'.repeat(257), { isCommon })).toBe('tooLong');
  });

  it('refuses common passwords whatever their case', () => {
    expect(checkPassword('Password1', { isCommon })).toBe('common');
    expect(checkPassword('QwertyUIOP', { isCommon })).toBe('common');
  });

  it('refuses passwords built on the email address', () => {
    expect(checkPassword('tanaka-2026!', { email: 'tanaka@example.jp', isCommon })).toBe('containsEmail');
    expect(checkPassword('correct horse battery', { email: 'tanaka@example.jp', isCommon })).toBeNull();
  });

  it('does not trim: surrounding spaces are part of the password', () => {
    expect(passwordLength('  abcdef  ')).toBe(10);
  });
});
