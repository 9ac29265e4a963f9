import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { env } from '@/lib/env';
import { signInSchema } from '@/lib/schemas/auth';
import { verifyCredentials, type SessionClaims } from './accounts';

export class ThrottledSignIn extends CredentialsSignin {
  override code = 'throttled';
}

const claimsSchema = z.object({ uid: z.uuid(), cid: z.uuid(), sv: z.number().int() });

// JWT sessions (docs/decisions/003-session-strategy.md): the cookie only says who signed in, for which company,
// at which session version; every request re-reads membership, role and version (see session.ts).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60, updateAge: 15 * 60 },
  pages: { signIn: '/sign-in' },
  logger: {
    // A wrong password is an expected outcome, audited in accounts.ts, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const outcome = await verifyCredentials(parsed.data.email, parsed.data.password);
        if (!outcome.ok) throw outcome.reason === 'throttled' ? new ThrottledSignIn() : new CredentialsSignin();
        const { userId, companyId, sessionVersion } = outcome.claims;
        return { id: userId, companyId, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
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

/** The verified cookie's claims, or null. Says nothing about current rights: see session.ts. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const session = (await auth()) as { claims?: unknown } | null;
  const parsed = claimsSchema.safeParse(session?.claims);
  if (!parsed.success) return null;
  return { userId: parsed.data.uid, companyId: parsed.data.cid, sessionVersion: parsed.data.sv };
}
