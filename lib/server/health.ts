import 'server-only';
import { db } from './db';

/** Liveness of the database path the app really uses (the app role through the pool), with a short timeout. */
export async function databaseReachable(timeoutMs = 2_000): Promise<boolean> {
  const probe = db().$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([probe, timeout]);
}
