import 'server-only';
import type { z } from 'zod';
import { publicAction } from './action';
import { AppError } from './errors';
import { currentViewer, currentViewerForMfaSetup, type Viewer } from './session';

// Forms about the signed-in user's own account. Like tenantAction, but without a permission check: every role
// may manage its own name, language, password and two-step sign-in.

/** For the account settings: a full viewer (not one held at the company's two-step enrolment). */
export function accountAction<S extends z.ZodType, T>(schema: S, run: (viewer: Viewer, input: z.output<S>) => Promise<T>) {
  return publicAction(schema, async (input) => run(await signedIn(currentViewer), input));
}

/** For two-step enrolment only: also open to a member whose company requires it and who has not set it up. */
export function mfaSetupAction<S extends z.ZodType, T>(schema: S, run: (viewer: Viewer, input: z.output<S>) => Promise<T>) {
  return publicAction(schema, async (input) => run(await signedIn(currentViewerForMfaSetup), input));
}

async function signedIn(load: () => Promise<Viewer | null>) {
  const viewer = await load();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
  return viewer;
}
