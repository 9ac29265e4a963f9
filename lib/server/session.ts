import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { sessionClaims } from './auth';
import { resolveViewer, type Viewer } from './viewer';

export type { Viewer };

const localePath = (locale: string, path: string) => (locale === 'ja' ? path : `/${locale}${path}`);

/** Where a member is sent while their company requires two-step sign-in and they have not set it up. */
export const MFA_SETUP_PATH = '/security-setup';

/** The signed-in user as the cookie and a fresh membership read say, whatever their two-step state. */
const sessionViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  return claims ? resolveViewer(claims) : null;
});

/**
 * The tenant context of this request (verified cookie + fresh membership read), cached per request. While the
 * company requires two-step sign-in and the user has not set it up, there is none: company data and company
 * actions stay closed until enrolment is done (only the enrolment path uses currentViewerForMfaSetup).
 */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const viewer = await sessionViewer();
  return viewer && !viewer.mfaSetupRequired ? viewer : null;
});

/** For signed-in pages: the viewer, or a redirect to sign-in (never data) or to the required enrolment. */
export async function requireViewer(locale: string): Promise<Viewer> {
  const viewer = await sessionViewer();
  if (!viewer) redirect(localePath(locale, '/sign-in'));
  if (viewer.mfaSetupRequired) redirect(localePath(locale, MFA_SETUP_PATH));
  return viewer;
}

/** The one exception to the two-step policy: the enrolment page and its actions, for the user's own account. */
export const currentViewerForMfaSetup = sessionViewer;

export async function requireViewerForMfaSetup(locale: string): Promise<Viewer> {
  const viewer = await sessionViewer();
  if (!viewer) redirect(localePath(locale, '/sign-in'));
  return viewer;
}
