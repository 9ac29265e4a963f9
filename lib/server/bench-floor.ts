import 'server-only';
import { sessionClaims } from './auth';
import { resolveViewer, type Viewer } from './viewer';

// The benchmark's floor pages (`npm run bench`, part 1; app/[locale]/bench-floor): the same pages rendered from
// data held in memory, so a page's throughput can be compared with the same rendering without database work.
// They exist only on a server started with KUMO_BENCH_FLOOR=1; the data is loaded once, through the real,
// tenant-checked loaders, by the benchmark's warm-up request.
const memory = new Map<string, unknown>();

export const benchFloorEnabled = () => process.env.KUMO_BENCH_FLOOR === '1';

export async function fromMemory<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memory.has(key)) memory.set(key, await load());
  return memory.get(key) as T;
}

/** The viewer of the session cookie (decrypted on every request, as on real pages), its membership from memory. */
export async function floorViewer(): Promise<Viewer | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  return fromMemory(`viewer:${claims.userId}:${claims.companyId}:${claims.sessionVersion}`, () => resolveViewer(claims));
}
