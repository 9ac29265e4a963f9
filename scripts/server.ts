// The production HTTP server (`npm start` runs it after preparing the database). It is Next.js's own request
// handler behind two guards that `next start` does not have:
// - admission control: a bounded number of requests run, a bounded line waits, the rest hear 503 "busy" at once,
//   so overload costs neither memory nor a 500 (lib/http/admission.ts);
// - a database breaker: while PostgreSQL is unreachable, pages answer 503 "briefly unavailable" at once instead
//   of each waiting for a connection and failing (lib/http/db-breaker.ts).
// Limits come from the environment (lib/env.ts); `npm run bench` measures both (docs/performance.md).
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { reachable } from '../lib/db/reachable';
import { env } from '../lib/env';
import { Admission } from '../lib/http/admission';
import { DbBreaker } from '../lib/http/db-breaker';
import { serviceUnavailable } from '../lib/http/unavailable';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const app = next({ dev: false, dir: root, port, hostname: process.env.HOSTNAME ?? '0.0.0.0' });
  const handle = app.getRequestHandler();
  await app.prepare();

  const config = env();
  const admission = new Admission({
    maxActive: config.KUMO_MAX_ACTIVE_REQUESTS,
    maxQueue: config.KUMO_MAX_QUEUED_REQUESTS,
    maxWaitMs: config.KUMO_MAX_QUEUE_WAIT_MS,
  });
  const breaker = new DbBreaker(
    () => reachable(config.DATABASE_URL, 1_000),
    500,
    (open) => console.warn(open ? '[kumo] database unreachable: answering 503 until it is back' : '[kumo] database reachable again'),
  );

  const server = http.createServer(async (req, res) => {
    const url = req.url ?? '/';
    // Static files and the health check never queue: browsers need them to show the busy page, monitors need
    // the health check to tell "busy" from "down".
    if (url.startsWith('/_next/static/') || url.startsWith('/api/health')) return void handle(req, res);
    if (breaker.open) return serviceUnavailable(req, res, 'unavailable');
    // Listen before waiting in line: a client that gives up while queued must not keep its slot forever.
    let release: (() => void) | undefined;
    let gone = false;
    res.once('close', () => {
      gone = true;
      release?.();
    });
    const turn = await admission.enter();
    if (!turn.ok) return serviceUnavailable(req, res, 'busy');
    if (gone) return turn.release();
    release = turn.release;
    res.once('finish', () => {
      turn.release();
      if (res.statusCode >= 500) void breaker.suspect();
    });
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) serviceUnavailable(req, res, 'unavailable');
    });
  });
  server.keepAliveTimeout = 65_000; // longer than common proxy idle timeouts, so proxies never reuse a closed socket
  server.listen(port, () => console.log(`[kumo] ready on http://localhost:${port}`));

  const shutdown = () => {
    breaker.stop();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err: Error) => {
  console.error(`[kumo] ${err.message}`);
  process.exit(1);
});
