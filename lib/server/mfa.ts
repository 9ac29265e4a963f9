import 'server-only';
import QRCode from 'qrcode';
import { newTotpSecret, totpUri } from '@/lib/domain/totp';
import { recordAudit } from './audit';
import type { Tx } from './db';
import { AppError } from './errors';
import { consumeSecondFactor, consumeTotp, readTotpSecret, replaceRecoveryCodes } from './mfa-factor';
import { verifyPassword } from './passwords';
import { seal } from './secret-box';
import { hit, isThrottled, limits, reset } from './throttle';
import { withTenant, type TenantContext } from './tenant';

// Two-step sign-in settings of the signed-in user's own account. Every role may manage its own account, so there
// is no authorize() here; every query is keyed by ctx.userId (and RLS lets a user update only their own row).
type Ctx = Pick<TenantContext, 'userId' | 'companyId'> & { email: string };

export type MfaStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** Some company of the user requires two-step sign-in: it cannot be turned off. */
  requiredByCompany: boolean;
  /** Enrolment started and not confirmed yet: what the authenticator app needs. */
  pending: { secret: string; qrDataUrl: string } | null;
};

export async function mfaStatus(ctx: Ctx): Promise<MfaStatus> {
  const { user, codesLeft, required } = await withTenant(ctx, async (tx) => ({
    user: await tx.user.findFirst({ where: { id: ctx.userId }, select: { mfaSecret: true, mfaEnabledAt: true } }),
    codesLeft: await tx.mfaRecoveryCode.count({ where: { userId: ctx.userId, usedAt: null } }),
    required: await requiredByAnyCompany(ctx.userId, tx),
  }));
  const enabledAt = user?.mfaEnabledAt ?? null;
  const secret = !enabledAt ? readTotpSecret(ctx.userId, user?.mfaSecret ?? null) : null;
  return {
    enabled: enabledAt !== null,
    enabledAt,
    recoveryCodesLeft: enabledAt ? codesLeft : 0,
    requiredByCompany: required,
    pending: secret ? { secret, qrDataUrl: await qrDataUrl(totpUri(secret, ctx.email)) } : null,
  };
}

/** An SVG data URL (the CSP allows img data:), rendered on the server: the secret never leaves for a QR service. */
async function qrDataUrl(uri: string) {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

async function requiredByAnyCompany(userId: string, tx: Tx) {
  return (await tx.company.count({ where: { requireMfa: true, memberships: { some: { userId } } } })) > 0;
}

/** Starts (or restarts) enrolment with a fresh secret, stored encrypted. Refused while two-step sign-in is on. */
export async function beginMfaEnrolment(ctx: Ctx): Promise<void> {
  const secret = newTotpSecret();
  await withTenant(ctx, async (tx) => {
    const started = await tx.user.updateMany({
      where: { id: ctx.userId, mfaEnabledAt: null },
      data: { mfaSecret: seal(secret, ctx.userId), totpLastStep: null },
    });
    if (started.count !== 1) throw new AppError('CONFLICT', 'mfaAlreadyOn');
    await recordAudit(tx, ctx, { action: 'auth.mfa.enrolment_started' });
  });
}

/** Confirms enrolment with a first code; returns the recovery codes, which are never shown again. */
export async function confirmMfaEnrolment(ctx: Ctx, code: string): Promise<string[]> {
  await guardAttempts(ctx);
  const outcome = await withTenant(ctx, async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: ctx.userId },
      select: { mfaSecret: true, mfaEnabledAt: true, totpLastStep: true },
    });
    if (user?.mfaEnabledAt) throw new AppError('CONFLICT', 'mfaAlreadyOn');
    const secret = readTotpSecret(ctx.userId, user?.mfaSecret ?? null);
    if (!secret) throw new AppError('CONFLICT', 'mfaNotStarted');
    if ((await consumeTotp(tx, ctx.userId, secret, user?.totpLastStep ?? null, code)) === null) return null;
    await tx.user.updateMany({ where: { id: ctx.userId }, data: { mfaEnabledAt: new Date() } });
    const codes = await replaceRecoveryCodes(tx, ctx.userId);
    await recordAudit(tx, ctx, { action: 'auth.mfa.enabled' });
    return codes;
  });
  if (!outcome) return refuse(ctx, 'enrol');
  await reset(limits.mfaPerUser, ctx.userId);
  return outcome;
}

/** New recovery codes (the old ones stop working), proven with a current app code. */
export async function regenerateRecoveryCodes(ctx: Ctx, code: string): Promise<string[]> {
  await guardAttempts(ctx);
  const codes = await withTenant(ctx, async (tx) => {
    const user = await enabledUser(tx, ctx.userId);
    if ((await consumeSecondFactor(tx, user, code, { recovery: false })) === null) return null;
    const fresh = await replaceRecoveryCodes(tx, ctx.userId);
    await recordAudit(tx, ctx, { action: 'auth.mfa.recovery_codes_regenerated' });
    return fresh;
  });
  if (!codes) return refuse(ctx, 'recovery_codes');
  await reset(limits.mfaPerUser, ctx.userId);
  return codes;
}

/**
 * Turns two-step sign-in off, proven with a current app code or the password. Refused while any company of the
 * user requires it (turning it off would lock them out of that company at once).
 */
export async function disableMfa(ctx: Ctx, proof: string): Promise<void> {
  await guardAttempts(ctx);
  const done = await withTenant(ctx, async (tx) => {
    if (await requiredByAnyCompany(ctx.userId, tx)) throw new AppError('CONFLICT', 'mfaRequiredByCompany');
    const user = await enabledUser(tx, ctx.userId);
    const proven =
      (await consumeSecondFactor(tx, user, proof, { recovery: false })) !== null ||
      (!/^\d{6}$/.test(proof.replace(/\s/g, '')) && (await verifyPassword(user.passwordHash, proof)));
    if (!proven) return false;
    await tx.user.updateMany({ where: { id: ctx.userId }, data: { mfaSecret: null, mfaEnabledAt: null, totpLastStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: ctx.userId } });
    await recordAudit(tx, ctx, { action: 'auth.mfa.disabled' });
    return true;
  });
  if (!done) return refuse(ctx, 'disable', { codeOrPassword: ['mfaProofWrong'] });
  await reset(limits.mfaPerUser, ctx.userId);
}

async function enabledUser(tx: Tx, userId: string) {
  const user = await tx.user.findFirst({
    where: { id: userId },
    select: { id: true, mfaSecret: true, mfaEnabledAt: true, totpLastStep: true, passwordHash: true },
  });
  if (!user?.mfaEnabledAt) throw new AppError('CONFLICT', 'mfaNotOn');
  return user;
}

/** Wrong codes are counted per user (the same counter as the sign-in step), so guessing stops after a few tries. */
async function guardAttempts(ctx: Ctx) {
  if (await isThrottled(limits.mfaPerUser, ctx.userId)) {
    await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'auth.mfa.throttled' }));
    throw new AppError('THROTTLED', 'mfaThrottled');
  }
}

async function refuse(ctx: Ctx, stage: string, fieldErrors: Record<string, string[]> = { code: ['mfaCodeWrong'] }): Promise<never> {
  await hit(limits.mfaPerUser, ctx.userId);
  await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'auth.mfa.failed', data: { stage } }));
  throw new AppError('VALIDATION', 'validation', fieldErrors);
}
