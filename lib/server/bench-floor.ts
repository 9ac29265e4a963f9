import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { sessionClaims } from './auth';
import { resolveViewer, type Viewer } from './viewer';

// The benchmark's floor pages (`npm run bench`, part 1; app/[locale]/bench-floor): the same pages rendered from
// data held in memory, so a page's throughput can be compared with the same rendering without database work.
// They exist only on a server started with KUMO_BENCH_FLOOR=1; the data is loaded once, through the real,
// tenant-checked loaders, by the benchmark's warm-up request.
const memory = new Map<string, unknown>();

const benchFloorEnabled = () => process.env.KUMO_BENCH_FLOOR === '1';

export async function fromMemory<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memory.has(key)) memory.set(key, await load());
  return memory.get(key) as T;
}

/**
 * What every floor page starts with: 404 unless enabled, the locale, and the viewer of the session cookie
 * (decrypted on every request, as on real pages) with its membership from memory.
 */
export async function openFloor(params: Promise<{ locale: string }>): Promise<{ locale: string; viewer: Viewer }> {
  if (!benchFloorEnabled()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const claims = await sessionClaims();
  if (!claims) notFound();
  const viewer = await fromMemory(`viewer:${claims.userId}:${claims.companyId}:${claims.sessionVersion}`, () => resolveViewer(claims));
  if (!viewer) notFound();
  return { locale, viewer };
}
