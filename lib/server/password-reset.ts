import 'server-only';
import { after } from 'next/server';
import type { Tx } from './db';
import { db } from './db';
import { AppError } from './errors';
import { composeMail, mailTranslator, sendMail, type Mail, type MailLocale } from './mail';
import { appUrl } from './app-url';
import { hashPassword, passwordProblem } from './passwords';
import { clientIp } from './request-meta';
import { hit, limits } from './throttle';
import { newToken, hashToken } from './tokens';
import { translatorFor } from './translator';

// Password reset by email. The link table is out of the app role's reach: two SECURITY DEFINER functions
// (migration 20261204201500) issue and consume links, and enforce single use, 30 minutes, "newest link only"
// and "void after any password change"; consuming bumps session_version, which ends every session.
export const RESET_TTL_SECONDS = 30 * 60;

type Deliver = (mail: Mail) => void | Promise<void>;

/**
 * Sending happens after the response: awaiting an SMTP round trip only for registered emails would let anyone
 * tell registered from unregistered addresses by the response time.
 */
const deliverAfterResponse: Deliver = (mail) => after(() => sendMail(mail));

/**
 * Issues a reset link for the email, if it belongs to someone, and mails it in that person's language. The caller
 * answers the same either way. Throttled per email and per address whether or not the email exists.
 */
export async function requestPasswordReset(email: string, deliver: Deliver = deliverAfterResponse): Promise<void> {
  const ip = await clientIp();
  const [perEmail, perIp] = await Promise.all([hit(limits.resetPerEmail, email), hit(limits.resetPerIp, ip)]);
  if (perEmail > limits.resetPerEmail.max || perIp > limits.resetPerIp.max) {
    await auditAnonymous('auth.password_reset.throttled', email, ip);
    throw new AppError('THROTTLED', 'resetThrottled');
  }
  const { token, hash } = newToken();
  const user = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ user_id: string; name: string; locale: MailLocale }[]>`
      SELECT user_id, name, locale FROM password_reset_create(${email}, ${hash}, ${RESET_TTL_SECONDS})`;
    const found = rows[0];
    if (found) await auditAsUser(tx, found.user_id, 'auth.password_reset.requested', ip);
    return found ?? null;
  });
  if (!user) {
    await auditAnonymous('auth.password_reset.requested', email, ip);
    return;
  }
  await deliver(resetMail(email, user.name, user.locale, token));
}

function resetMail(to: string, name: string, locale: MailLocale, token: string): Mail {
  const t = translatorFor(locale, 'accountMail');
  const subject = t('resetSubject');
  const paragraphs = [t('resetGreeting', { name: name.replace(/[\u0000-\u001f\u007f]+/g, ' ') }), t('resetBody'), t('resetIgnore')];
  const action = { label: t('resetAction'), url: appUrl(`/reset-password?token=${token}`, locale) };
  return composeMail(to, subject, paragraphs, action, mailTranslator(locale)('footer'));
}

/**
 * Sets a new password with a link token. Refused (VALIDATION 'resetLinkInvalid') when the link is unknown,
 * used, superseded, expired or older than the last password change. Ends every session of the user.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  // The account's email is unknown until the link is consumed, so the "contains the email" rule cannot apply here.
  const problem = passwordProblem(password);
  if (problem) throw new AppError('VALIDATION', 'validation', { password: [problem] });
  const passwordHash = await hashPassword(password);
  const ip = await clientIp();
  const userId = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ user_id: string | null }[]>`
      SELECT password_reset_consume(${hashToken(token)}, ${passwordHash}) AS user_id`;
    const id = rows[0]?.user_id ?? null;
    if (id) await auditAsUser(tx, id, 'auth.password_reset.completed', ip);
    return id;
  });
  if (!userId) throw new AppError('VALIDATION', 'resetLinkInvalid');
}

/**
 * Audits an account event in the user's primary company (oldest membership), inside the caller's transaction:
 * the transaction takes on the user's identity first, so row-level security lets it see their membership.
 */
async function auditAsUser(tx: Tx, userId: string, action: string, ip: string) {
  await tx.$executeRaw`SELECT set_config('app.user_id', ${userId}, true)`;
  const membership = await tx.membership.findFirst({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { companyId: true } });
  const companyId = membership?.companyId ?? null;
  if (companyId) await tx.$executeRaw`SELECT set_config('app.company_id', ${companyId}, true)`;
  await tx.auditEvent.createMany({ data: { companyId, actorId: userId, action, ip, data: {} } });
}

/** Requests for unknown emails (or throttled ones) belong to no company; the email is kept to spot probing. */
async function auditAnonymous(action: string, email: string, ip: string) {
  await db().auditEvent.createMany({ data: { companyId: null, actorId: null, action, ip, data: { email: email.slice(0, 320) } } });
}
