import 'server-only';
import { can, type Action, type Role } from '@/lib/domain/permissions';
import { db, type Tx } from './db';
import { AppError } from './errors';

/** Who is asking, for which company, with which role: built only from the verified session + a fresh membership read. */
export type TenantContext = { userId: string; companyId: string; role: Role };

/**
 * The one door for tenant data. Runs fn in a transaction whose app.company_id / app.user_id are set
 * transaction-locally (set_config(..., true)), so RLS policies see them and a pooled connection never
 * carries them into another request.
 */
export function withTenant<T>(ctx: Pick<TenantContext, 'userId' | 'companyId'>, fn: (tx: Tx) => Promise<T>) {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.company_id', ${ctx.companyId}, true), set_config('app.user_id', ${ctx.userId}, true)`;
    return fn(tx);
  });
}

/** For the moments before a company is chosen (sign-in): the user sees only their own rows. */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>) {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.user_id', ${userId}, true)`;
    return fn(tx);
  });
}

/** Every tenant query's where clause goes through here: the company comes from the context, never from input. */
export function scoped<W extends object>(ctx: Pick<TenantContext, 'companyId'>, where: W): W & { companyId: string } {
  return { ...where, companyId: ctx.companyId };
}

/** Throws FORBIDDEN (and records the denial) when the role may not do this. */
export async function authorize(ctx: TenantContext, action: Action) {
  if (can(ctx.role, action)) return;
  const { recordDenial } = await import('./audit');
  await recordDenial(ctx, action);
  throw new AppError('FORBIDDEN', 'forbidden');
}
