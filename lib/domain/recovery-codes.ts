// One-time recovery codes for when the authenticator app is lost: 10 codes of 10 characters from Crockford's
// base32 alphabet (50 random bits each), shown as "xxxxx-xxxxx". Input is forgiving: case, spaces, hyphens and
// the look-alikes i/l (1) and o (0) are normalised before hashing, so a code copied by hand still works.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // 32 symbols, no i l o u
const LENGTH = 10;

/** A display code from 10 random bytes (only the low 5 bits of each are used: 32 | 256, so no bias). */
export function recoveryCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < LENGTH) throw new Error('recovery code needs 10 random bytes');
  const chars = Array.from(bytes.subarray(0, LENGTH), (b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** The canonical form that is hashed, or null when the input cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const canonical = input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
  if (canonical.length !== LENGTH) return null;
  for (const c of canonical) if (!ALPHABET.includes(c)) return null;
  return canonical;
}
