import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { env } from '@/lib/env';
import type { SessionClaims } from './accounts';
import { issueTicket, readTicket } from './tickets';

const claimsSchema = z.object({ uid: z.uuid(), cid: z.uuid(), sv: z.number().int() });

// JWT sessions (docs/decisions/003-session-strategy.md). The cookie only says who signed in, for which company,
// at which session version; every request re-reads membership, role and version (viewer.ts).
// authorize() does no checking of its own: it accepts only a 'login' ticket that a server action issued after
// proving who the user is (password, second step, invitation, company switch). That keeps every sign-in rule in
// one place (accounts.ts, mfa) and lets actions start a session without a password round trip.
const nextAuth = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60, updateAge: 15 * 60 },
  pages: { signIn: '/sign-in' },
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return; // a refused ticket is handled by the caller
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(raw) {
        const claims = readTicket('login', raw?.ticket);
        if (!claims) throw new CredentialsSignin();
        return { id: claims.userId, companyId: claims.companyId, sessionVersion: claims.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only sign-in sets the claims; session updates from the client (trigger 'update') are ignored on purpose.
    jwt({ token, user, trigger }) {
      if (trigger === 'signIn' && user) {
        const u = user as { id: string; companyId: string; sessionVersion: number };
        return { ...token, uid: u.id, cid: u.companyId, sv: u.sessionVersion };
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, claims: { uid: token.uid, cid: token.cid, sv: token.sv } };
    },
  },
}));

export const { handlers, auth, signOut } = nextAuth;

/**
 * Sets the session cookie for claims the caller has just proven (from a server action). Also used to re-issue
 * the cookie after a company switch or the user's own password change (new session version).
 */
export async function startSession(claims: SessionClaims) {
  await nextAuth.signIn('credentials', { ticket: issueTicket('login', claims, 60), redirect: false });
}

/** The verified cookie's claims, or null. Says nothing about current rights: see viewer.ts. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const session = (await auth()) as { claims?: unknown } | null;
  const parsed = claimsSchema.safeParse(session?.claims);
  if (!parsed.success) return null;
  return { userId: parsed.data.uid, companyId: parsed.data.cid, sessionVersion: parsed.data.sv };
}
