import 'server-only';
import { createHash } from 'node:crypto';
import { db } from './db';

// Fixed-window counters in PostgreSQL, so limits hold across server instances and restarts.
export type Limit = { scope: string; max: number; windowSeconds: number };

export const limits = {
  signInPerEmail: { scope: 'sign-in:email', max: 10, windowSeconds: 15 * 60 },
  signInPerIp: { scope: 'sign-in:ip', max: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { scope: 'sign-up:ip', max: 20, windowSeconds: 60 * 60 },
  invitePerCompany: { scope: 'invite:company', max: 50, windowSeconds: 60 * 60 },
  resetPerEmail: { scope: 'reset:email', max: 5, windowSeconds: 60 * 60 },
  resetPerIp: { scope: 'reset:ip', max: 20, windowSeconds: 60 * 60 },
  mfaPerUser: { scope: 'mfa:user', max: 5, windowSeconds: 15 * 60 },
  invitationAcceptPerIp: { scope: 'invite-accept:ip', max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

export function throttleKey(limit: Limit, subject: string) {
  return createHash('sha256').update(`${limit.scope}\0${subject.toLowerCase()}`).digest('hex');
}

/** True when the subject has used up its window. Does not count. */
export async function isThrottled(limit: Limit, subject: string): Promise<boolean> {
  const rows = await db().$queryRaw<{ hits: number }[]>`
    SELECT hits FROM rate_limit
     WHERE key = ${throttleKey(limit, subject)}
       AND window_start > now() - make_interval(secs => ${limit.windowSeconds})`;
  return (rows[0]?.hits ?? 0) >= limit.max;
}

/** Counts one attempt atomically (one upsert, safe under concurrency) and returns the count in the window. */
export async function hit(limit: Limit, subject: string): Promise<number> {
  const rows = await db().$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit (key, window_start, hits) VALUES (${throttleKey(limit, subject)}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit.window_start <= now() - make_interval(secs => ${limit.windowSeconds})
                  THEN 1 ELSE rate_limit.hits + 1 END,
      window_start = CASE WHEN rate_limit.window_start <= now() - make_interval(secs => ${limit.windowSeconds})
                  THEN now() ELSE rate_limit.window_start END
    RETURNING hits`;
  return rows[0]?.hits ?? 1;
}

export async function reset(limit: Limit, subject: string) {
  await db().$executeRaw`DELETE FROM rate_limit WHERE key = ${throttleKey(limit, subject)}`;
}
