import 'server-only';
import type { ChangePasswordInput, ProfileInput } from '@/lib/schemas/account';
import { recordAudit } from './audit';
import { AppError } from './errors';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { hit, isThrottled, limits } from './throttle';
import { withTenant, type TenantContext } from './tenant';

// The signed-in user's own account: name, language, password. Every role may edit its own account, so there is no
// authorize(); every query is keyed by ctx.userId, and RLS (user_update: id = app_user_id()) allows nothing else.
type Ctx = Pick<TenantContext, 'userId' | 'companyId'> & { email: string };

export async function accountSettings(ctx: Ctx) {
  const user = await withTenant(ctx, (tx) =>
    tx.user.findFirst({ where: { id: ctx.userId }, select: { name: true, email: true, locale: true, passwordChangedAt: true } }),
  );
  if (!user) throw new AppError('NOT_FOUND', 'notFound');
  return user;
}

export async function updateProfile(ctx: Ctx, input: ProfileInput): Promise<void> {
  await withTenant(ctx, async (tx) => {
    const before = await tx.user.findFirst({ where: { id: ctx.userId }, select: { name: true, locale: true } });
    if (!before) throw new AppError('NOT_FOUND', 'notFound');
    const changed = (['name', 'locale'] as const).filter((k) => before[k] !== input[k]);
    if (changed.length === 0) return;
    await tx.user.updateMany({ where: { id: ctx.userId }, data: { name: input.name, locale: input.locale } });
    await recordAudit(tx, ctx, { action: 'account.profile_updated', data: { changed } });
  });
}

/**
 * Changes the password after checking the current one. Bumps session_version and password_changed_at, which ends
 * every other session (security.md 9) and voids outstanding reset links (17); returns the new session version so
 * the caller can re-issue this session's cookie. Wrong current passwords count like failed sign-ins for the email.
 */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput): Promise<number> {
  if (await isThrottled(limits.signInPerEmail, ctx.email)) throw new AppError('THROTTLED', 'throttled');
  const problem = passwordProblem(input.newPassword, ctx.email);
  if (problem) throw new AppError('VALIDATION', 'validation', { newPassword: [problem] });
  const current = await withTenant(ctx, (tx) => tx.user.findFirst({ where: { id: ctx.userId }, select: { passwordHash: true } }));
  if (!current) throw new AppError('NOT_FOUND', 'notFound');
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    await hit(limits.signInPerEmail, ctx.email);
    await withTenant(ctx, (tx) => recordAudit(tx, ctx, { action: 'account.password_change_failed' }));
    throw new AppError('VALIDATION', 'validation', { currentPassword: ['currentPasswordWrong'] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return withTenant(ctx, async (tx) => {
    // The database's clock, not the app's: reset links are compared with password_changed_at in SQL.
    const rows = await tx.$queryRaw<{ session_version: number }[]>`
      UPDATE "user" SET password_hash = ${passwordHash}, session_version = session_version + 1,
                        password_changed_at = now(), updated_at = now()
       WHERE id = ${ctx.userId}::uuid
      RETURNING session_version`;
    if (!rows[0]) throw new AppError('NOT_FOUND', 'notFound');
    await recordAudit(tx, ctx, { action: 'account.password_changed' });
    return rows[0].session_version;
  });
}
