import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { sessionClaims } from './auth';
import { withTenant, type TenantContext } from './tenant';

export type Viewer = TenantContext & {
  userName: string;
  email: string;
  locale: 'ja' | 'en';
  companyName: string;
};

/**
 * The tenant context of this request: the verified cookie plus a fresh read of the membership, the role and
 * the session version. A removed member, a demoted manager or a cookie from before a password change gets
 * null here on the very next request (security.md 7-9). Cached per request.
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const membership = await withTenant(claims, (tx) =>
    tx.membership.findFirst({
      where: { userId: claims.userId, companyId: claims.companyId },
      select: {
        role: true,
        company: { select: { name: true } },
        user: { select: { name: true, email: true, locale: true, sessionVersion: true } },
      },
    }),
  );
  if (!membership || membership.user.sessionVersion !== claims.sessionVersion) return null;
  return {
    userId: claims.userId,
    companyId: claims.companyId,
    role: membership.role,
    userName: membership.user.name,
    email: membership.user.email,
    locale: membership.user.locale,
    companyName: membership.company.name,
  };
});

/** For signed-in pages: the viewer, or a redirect to sign-in (never data). */
export async function requireViewer(locale: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(locale === 'ja' ? '/sign-in' : `/${locale}/sign-in`);
  return viewer;
}
