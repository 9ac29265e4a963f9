import 'server-only';
import type { SessionClaims } from './accounts';
import { withTenant, type TenantContext } from './tenant';

export type Viewer = TenantContext & {
  userName: string;
  email: string;
  locale: 'ja' | 'en';
  companyName: string;
  /** Two-step sign-in is on for this user. */
  mfaEnabled: boolean;
  /** The company requires two-step sign-in and this user has not set it up: only enrolment is open to them. */
  mfaSetupRequired: boolean;
};

/**
 * Turns verified cookie claims into current rights: a fresh read of the membership, the role and the
 * session version. A removed member, a demoted manager or a cookie from before a password change gets
 * null (or the new role) on the very next request (security.md 7-9). The same read brings the company's
 * two-step policy and the user's two-step state, so enforcing the policy costs no extra query.
 */
export async function resolveViewer(claims: SessionClaims): Promise<Viewer | null> {
  const membership = await withTenant(claims, (tx) =>
    tx.membership.findFirst({
      where: { userId: claims.userId, companyId: claims.companyId },
      select: {
        role: true,
        company: { select: { name: true, requireMfa: true } },
        user: { select: { name: true, email: true, locale: true, sessionVersion: true, mfaEnabledAt: true } },
      },
    }),
  );
  if (!membership || membership.user.sessionVersion !== claims.sessionVersion) return null;
  const mfaEnabled = membership.user.mfaEnabledAt !== null;
  return {
    userId: claims.userId,
    companyId: claims.companyId,
    role: membership.role,
    userName: membership.user.name,
    email: membership.user.email,
    locale: membership.user.locale,
    companyName: membership.company.name,
    mfaEnabled,
    mfaSetupRequired: membership.company.requireMfa && !mfaEnabled,
  };
}
