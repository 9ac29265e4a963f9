import 'server-only';
import type { SessionClaims } from './accounts';
import { recordAudit } from './audit';
import { consumeSecondFactor } from './mfa-factor';
import { hit, isThrottled, limits, reset } from './throttle';
import { withTenant } from './tenant';

export type SecondStepOutcome = { ok: true; claims: SessionClaims } | { ok: false; reason: 'invalid' | 'throttled' | 'expired' };

/**
 * The second sign-in step, for claims from a verified 'mfa' ticket (the password was right moments ago): an app
 * code or an unused recovery code. Wrong codes are counted per user (limits.mfaPerUser) and audited; a ticket from
 * before a password change, or for an account whose two-step sign-in was turned off meanwhile, is expired.
 */
export async function verifySecondStep(claims: SessionClaims, code: string): Promise<SecondStepOutcome> {
  const ctx = { userId: claims.userId, companyId: claims.companyId };
  if (await isThrottled(limits.mfaPerUser, claims.userId)) {
    await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'auth.mfa.throttled', data: { stage: 'sign_in' } }));
    return { ok: false, reason: 'throttled' };
  }
  const outcome = await withTenant(ctx, async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: claims.userId },
      select: { id: true, mfaSecret: true, mfaEnabledAt: true, totpLastStep: true, sessionVersion: true },
    });
    if (!user?.mfaEnabledAt || user.sessionVersion !== claims.sessionVersion) return 'expired' as const;
    const kind = await consumeSecondFactor(tx, user, code.slice(0, 64), { recovery: true });
    if (!kind) return 'invalid' as const;
    await recordAudit(tx, ctx, { action: 'auth.sign_in.succeeded', data: { secondFactor: kind } });
    return 'ok' as const;
  });
  if (outcome === 'ok') {
    await reset(limits.mfaPerUser, claims.userId);
    return { ok: true, claims };
  }
  if (outcome === 'invalid') {
    await hit(limits.mfaPerUser, claims.userId);
    await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'auth.mfa.failed', data: { stage: 'sign_in' } }));
  }
  return { ok: false, reason: outcome };
}
