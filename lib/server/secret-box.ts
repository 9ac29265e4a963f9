import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

// Encryption at rest for small secrets (the TOTP seed): AES-256-GCM with a key derived from AUTH_SECRET by HKDF,
// so a database dump alone does not let anyone generate a user's codes. The "context" (the user id) is bound as
// associated data: a sealed value copied to another user's row does not open. Rotating AUTH_SECRET makes stored
// seeds unreadable; the affected users then re-enrol (recovery codes still let them in).
const VERSION = 'v1';

export function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'kumo-check', 'secret-box:aes-256-gcm', 32));
}

export function sealWith(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** The plaintext, or null when the value was altered, sealed for another context or with another key. */
export function openWith(key: Buffer, sealed: string, context: string): string | null {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || !iv || !body || !tag) return null;
  const authTag = Buffer.from(tag, 'base64url');
  // Node accepts truncated GCM tags (down to 4 bytes) unless told otherwise; a short tag is a forgery attempt.
  if (authTag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(authTag);
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

let key: Buffer | undefined;
const appKey = () => (key ??= deriveKey(env().AUTH_SECRET));

export const seal = (plaintext: string, context: string) => sealWith(appKey(), plaintext, context);
export const open = (sealed: string, context: string) => openWith(appKey(), sealed, context);
