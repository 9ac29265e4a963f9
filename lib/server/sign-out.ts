import 'server-only';
import { recordAudit } from './audit';
import { currentViewerForMfaSetup } from './session';
import { withTenant } from './tenant';

export async function recordSignOut() {
  const viewer = await currentViewerForMfaSetup();
  if (!viewer) return;
  await withTenant(viewer, (tx) => recordAudit(tx, viewer, { action: 'auth.signed_out' }));
}
