import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { sessionClaims } from './auth';
import { resolveViewer, type Viewer } from './viewer';

export type { Viewer };

/** The tenant context of this request (verified cookie + fresh membership read), cached per request. */
export const currentViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  return claims ? resolveViewer(claims) : null;
});

/** For signed-in pages: the viewer, or a redirect to sign-in (never data). */
export async function requireViewer(locale: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(locale === 'ja' ? '/sign-in' : `/${locale}/sign-in`);
  return viewer;
}
