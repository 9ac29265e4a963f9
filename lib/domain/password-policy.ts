// Password rules of security.md / ASVS 6.2: at least 8 characters, up to 256 (well over the required 64),
// checked exactly as typed (no trimming, no case folding, no truncation: Argon2 hashes all of it),
// and not one of the commonly used passwords.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

/** Length in characters as a person counts them (𠮷 or an emoji is one), not UTF-16 units. */
export function passwordLength(password: string) {
  return [...password].length;
}

export function checkPassword(
  password: string,
  opts: { email?: string; isCommon: (candidate: string) => boolean },
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.toLowerCase();
  if (opts.isCommon(lower)) return 'common';
  const local = opts.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'containsEmail';
  return null;
}
