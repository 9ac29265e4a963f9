import 'server-only';
import type { SessionClaims } from './accounts';
import { db } from './db';
import type { TenantContext } from './tenant';

export type Viewer = TenantContext & {
  userName: string;
  email: string;
  locale: 'ja' | 'en';
  companyName: string;
  /** Two-step sign-in is on for this user. */
  mfaEnabled: boolean;
  /** The company requires two-step sign-in and this user has not set it up: only enrolment is open to them. */
  mfaSetupRequired: boolean;
  /** Every company the user belongs to, oldest membership first (the header's company switcher). */
  companies: { companyId: string; role: TenantContext['role']; name: string }[];
};

type ViewerRow = {
  role: Viewer['role'];
  company_name: string;
  require_mfa: boolean;
  user_name: string;
  email: string;
  locale: Viewer['locale'];
  session_version: number;
  mfa_enabled: boolean;
  companies: Viewer['companies'];
};

/**
 * Turns verified cookie claims into current rights: a fresh read of the membership, the role and the
 * session version. A removed member, a demoted manager or a cookie from before a password change gets
 * null (or the new role) on the very next request (security.md 7-9). The same read brings the company's
 * two-step policy and the user's two-step state, so enforcing the policy costs no extra query.
 * It runs on every request, so it is one statement (the SQL function session_viewer, migration
 * 20261204230000_page_reads) rather than a tenant transaction of four.
 */
export async function resolveViewer(claims: SessionClaims): Promise<Viewer | null> {
  const rows = await db().$queryRaw<ViewerRow[]>`SELECT * FROM session_viewer(${claims.userId}::uuid, ${claims.companyId}::uuid)`;
  const m = rows[0];
  if (!m || m.session_version !== claims.sessionVersion) return null;
  return {
    userId: claims.userId,
    companyId: claims.companyId,
    role: m.role,
    userName: m.user_name,
    email: m.email,
    locale: m.locale,
    companyName: m.company_name,
    mfaEnabled: m.mfa_enabled,
    mfaSetupRequired: m.require_mfa && !m.mfa_enabled,
    companies: m.companies,
  };
}
