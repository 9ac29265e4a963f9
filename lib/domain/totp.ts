import { generate, generateSecret, generateURI, verify } from 'otplib';

// Two-step sign-in with an authenticator app: RFC 6238 with the settings every common app uses
// (SHA-1, 6 digits, 30-second steps). One step either side is accepted for clock drift; a code is accepted
// only for a step after the last one used, so a code seen over someone's shoulder cannot be replayed.
export const TOTP_PERIOD = 30;
const TOLERANCE_SECONDS = TOTP_PERIOD; // ±1 step

export const totpCodePattern = /^\d{6}$/;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 }); // 160 bits, base32: 32 characters
}

export function totpStep(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP_PERIOD);
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What authenticator apps read from the QR code. The label shows the service and the account in the app. */
export function totpUri(secret: string, account: string, issuer = 'Kumo Check'): string {
  return generateURI({ issuer, label: account, secret });
}

/**
 * The time step the code belongs to when it is valid now (±1 step) and newer than afterStep; otherwise null.
 * Spaces are forgiven ("123 456" as some apps display it).
 */
export async function verifyTotp(
  secret: string,
  code: string,
  opts: { afterStep?: number | null; epoch?: number } = {},
): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!totpCodePattern.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: opts.epoch ?? nowSeconds(),
    epochTolerance: TOLERANCE_SECONDS,
    ...(opts.afterStep != null ? { afterTimeStep: opts.afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code an app shows for a step (tests, and nothing else, need this). */
export function totpCodeAt(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * TOTP_PERIOD });
}
