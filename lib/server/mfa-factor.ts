import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { normalizeRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeFromBytes } from '@/lib/domain/recovery-codes';
import { totpCodePattern, verifyTotp } from '@/lib/domain/totp';
import type { Tx } from './db';
import { open } from './secret-box';

// The second factor itself, shared by sign-in, enrolment and turning two-step sign-in off. Every check also
// consumes: a TOTP step is recorded in user.totp_last_step with a conditional UPDATE (two requests racing with
// the same code: exactly one wins), a recovery code is marked used the same way.
export type FactorKind = 'totp' | 'recovery_code';

export const hashRecoveryCode = (canonical: string) => createHash('sha256').update(canonical).digest('hex');

/** The decrypted TOTP secret of a user row, or null (none, or unreadable after an AUTH_SECRET rotation). */
export function readTotpSecret(userId: string, sealed: string | null): string | null {
  return sealed ? open(sealed, userId) : null;
}

/** Accepts a TOTP code once: the step must be newer than the last one used. Returns the step or null. */
export async function consumeTotp(tx: Tx, userId: string, secret: string, lastStep: bigint | null, code: string) {
  const step = await verifyTotp(secret, code, { afterStep: lastStep === null ? null : Number(lastStep) });
  if (step === null) return null;
  const claimed = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1 ? step : null;
}

export async function consumeRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  const canonical = normalizeRecoveryCode(code);
  if (!canonical) return false;
  const used = await tx.mfaRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(canonical), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

/** A six-digit entry is an app code; anything else may be a recovery code (when those are allowed here). */
export async function consumeSecondFactor(
  tx: Tx,
  user: { id: string; mfaSecret: string | null; totpLastStep: bigint | null },
  code: string,
  opts: { recovery: boolean },
): Promise<FactorKind | null> {
  const compact = code.replace(/\s/g, '');
  if (totpCodePattern.test(compact)) {
    const secret = readTotpSecret(user.id, user.mfaSecret);
    return secret && (await consumeTotp(tx, user.id, secret, user.totpLastStep, compact)) !== null ? 'totp' : null;
  }
  if (opts.recovery && (await consumeRecoveryCode(tx, user.id, code))) return 'recovery_code';
  return null;
}

/** Replaces all of a user's recovery codes; the plain codes are returned once and only their hashes are kept. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFromBytes(randomBytes(10)));
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({
    data: codes.map((c) => ({ id: randomUUID(), userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(c)!) })),
  });
  return codes;
}
