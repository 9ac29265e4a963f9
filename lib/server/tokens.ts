import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A random link token (256 bits) and the SHA-256 that is all the database keeps of it. Never log the token. */
export function newToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}
