import 'server-only';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { env } from '@/lib/env';
import type { SessionClaims } from './accounts';

// Short-lived, signed statements the server makes to itself:
// - 'login': "these claims were just proven" — the only thing Auth.js's authorize() accepts (auth.ts). Issued and
//   consumed inside one server action, never shown to the browser.
// - 'mfa': "the password was right, the second step is pending" — carried by the sign-in form between the steps.
export type TicketPurpose = 'login' | 'mfa';

const payloadSchema = z.object({ p: z.enum(['login', 'mfa']), uid: z.uuid(), cid: z.uuid(), sv: z.number().int(), exp: z.number() });

let key: Buffer | undefined;
function signingKey() {
  key ??= Buffer.from(hkdfSync('sha256', env().AUTH_SECRET, 'kumo-check', 'ticket-signing-key', 32));
  return key;
}

function sign(body: string) {
  return createHmac('sha256', signingKey()).update(body).digest('base64url');
}

export function issueTicket(purpose: TicketPurpose, claims: SessionClaims, ttlSeconds: number): string {
  const payload = { p: purpose, uid: claims.userId, cid: claims.companyId, sv: claims.sessionVersion, exp: Date.now() + ttlSeconds * 1000 };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body)}`;
}

/** The claims of a valid, unexpired ticket of this purpose, or null. */
export function readTicket(purpose: TicketPurpose, ticket: unknown): SessionClaims | null {
  if (typeof ticket !== 'string' || ticket.length > 1000) return null;
  const [body, signature] = ticket.split('.');
  if (!body || !signature) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.p !== purpose || parsed.data.exp < Date.now()) return null;
  return { userId: parsed.data.uid, companyId: parsed.data.cid, sessionVersion: parsed.data.sv };
}
