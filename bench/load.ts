// Closed-loop virtual users: each sends its next request when the previous one is answered, like a person
// clicking through the app. Every request is logged with its outcome, so errors, shedding (503/429) and
// acknowledged writes can be counted afterwards.
export type Outcome = { kind: 'view' | 'save' | 'pdf'; status: number; ms: number; start: number; end: number; result?: 'saved' | 'conflict' | 'error' };

export async function runUsers(users: number, durationMs: number, step: (user: number) => Promise<Outcome>): Promise<Outcome[]> {
  const deadline = Date.now() + durationMs;
  const log: Outcome[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      while (Date.now() < deadline) log.push(await step(user));
    }),
  );
  return log;
}

/** GET with a timeout; a refused connection or a timeout is status 0. The body is read so timing is complete. */
export async function timedGet(url: string, cookie: string, kind: Outcome['kind'] = 'view'): Promise<Outcome> {
  const start = Date.now();
  const t0 = performance.now();
  let status = 0;
  try {
    const res = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    status = res.status;
  } catch {
    status = 0;
  }
  return { kind, status, ms: performance.now() - t0, start, end: Date.now() };
}

export function countStatuses(log: readonly Outcome[]) {
  const ok = log.filter((o) => o.status >= 200 && o.status < 400).length;
  const shed = log.filter((o) => o.status === 503 || o.status === 429).length;
  const serverErrors = log.filter((o) => o.status >= 500 && o.status !== 503).length;
  const failed = log.filter((o) => o.status === 0).length;
  return { total: log.length, ok, shed, serverErrors, failed };
}
