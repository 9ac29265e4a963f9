import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SignUpInput } from '@/lib/schemas/auth';
import { recordAudit } from './audit';
import { db } from './db';
import { AppError } from './errors';
import { burnVerify, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { clientIp } from './request-meta';
import { withTenant, withUser } from './tenant';
import { hit, isThrottled, limits, reset } from './throttle';

export type SessionClaims = { userId: string; companyId: string; sessionVersion: number };

/** Creates a company with its first user as manager (経営層), in one transaction with its audit row. */
export async function signUpCompany(input: SignUpInput & { locale: 'ja' | 'en' }): Promise<SessionClaims> {
  const ip = await clientIp();
  if ((await hit(limits.signUpPerIp, ip)) > limits.signUpPerIp.max) throw new AppError('THROTTLED', 'throttled');
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new AppError('VALIDATION', 'validation', { password: [problem] });

  const ids = { userId: randomUUID(), companyId: randomUUID() };
  const passwordHash = await hashPassword(input.password);
  try {
    await withTenant(ids, async (tx) => {
      await tx.company.create({ data: { id: ids.companyId, name: input.companyName } });
      await tx.user.create({
        data: { id: ids.userId, email: input.email, name: input.name, passwordHash, locale: input.locale },
      });
      await tx.membership.create({
        data: { id: randomUUID(), companyId: ids.companyId, userId: ids.userId, role: 'MANAGER' },
      });
      await recordAudit(tx, ids, { action: 'company.signed_up', target: input.companyName });
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new AppError('VALIDATION', 'validation', { email: ['emailTaken'] });
    }
    throw err;
  }
  return { ...ids, sessionVersion: 1 };
}

type SignInOutcome =
  | { ok: true; claims: SessionClaims; mfaEnabled: boolean }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks an email and password. Unknown email and wrong password look the same to the caller (and take
 * about as long). Failures are counted per email and per address; the email counter clears on success.
 */
export async function verifyCredentials(email: string, password: string): Promise<SignInOutcome> {
  const ip = await clientIp();
  if ((await isThrottled(limits.signInPerEmail, email)) || (await isThrottled(limits.signInPerIp, ip))) {
    await auditSignIn(null, 'auth.sign_in.throttled', email);
    return { ok: false, reason: 'throttled' };
  }
  const user = await unsafeFindUserForSignIn(email);
  const valid = user ? await verifyPassword(user.password_hash, password) : (await burnVerify(password), false);
  if (!user || !valid) {
    await Promise.all([hit(limits.signInPerEmail, email), hit(limits.signInPerIp, ip)]);
    await auditSignIn(user?.id ?? null, 'auth.sign_in.failed', email);
    return { ok: false, reason: 'invalid' };
  }
  const { companyId, mfaEnabled } = await signInState(user.id);
  if (!companyId) {
    await auditSignIn(user.id, 'auth.sign_in.failed', email);
    return { ok: false, reason: 'invalid' };
  }
  await reset(limits.signInPerEmail, email);
  // With two-step sign-in on, success is audited when the second step passes.
  if (!mfaEnabled) {
    await withTenant({ userId: user.id, companyId }, (tx) =>
      recordAudit(tx, { userId: user.id, companyId }, { action: 'auth.sign_in.succeeded' }),
    );
  }
  return { ok: true, claims: { userId: user.id, companyId, sessionVersion: user.session_version }, mfaEnabled };
}

/** Cross-tenant by necessity: no company is known before sign-in. Goes through one SECURITY DEFINER function. */
async function unsafeFindUserForSignIn(email: string) {
  const rows = await db().$queryRaw<{ id: string; password_hash: string; session_version: number }[]>`
    SELECT id, password_hash, session_version FROM auth_user_by_email(${email})`;
  return rows[0] ?? null;
}

/** The company a fresh session opens (the user's oldest membership) and whether a second step is due. */
async function signInState(userId: string) {
  return withUser(userId, async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { companyId: true } });
    const user = await tx.user.findFirst({ where: { id: userId }, select: { mfaEnabledAt: true } });
    return { companyId: membership?.companyId ?? null, mfaEnabled: Boolean(user?.mfaEnabledAt) };
  });
}

async function primaryCompany(userId: string) {
  return (await signInState(userId)).companyId;
}

/** Failed sign-ins of a known user land in that user's company log; of an unknown email, in no company's. */
async function auditSignIn(userId: string | null, action: string, email: string) {
  const companyId = userId ? await primaryCompany(userId) : null;
  const ip = await clientIp();
  const data = { email: email.slice(0, 320) };
  if (userId && companyId) {
    await withTenant({ userId, companyId }, (tx) => tx.auditEvent.createMany({ data: { companyId, actorId: userId, action, ip, data } }));
  } else {
    await db().auditEvent.createMany({ data: { companyId: null, actorId: null, action, ip, data } });
  }
}
