// `npm run bench [-- --quick]`: starts the production server on a fresh embedded PostgreSQL (or DATABASE_URL +
// MIGRATE_DATABASE_URL of a scratch database), seeds what it needs, runs the seven parts, prints a table and
// writes bench/results.json. Figures and their meaning: docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startLocalPostgres, type LocalPostgres } from '../lib/db/local-postgres';
import { prepareDatabase, root } from '../scripts/local-db';
import { actionId } from './action';
import type { Bench } from './context';
import { throughput } from './parts/1-throughput';
import { statementsPerRequest } from './parts/2-statements';
import { pdf } from './parts/3-pdf';
import { scale } from './parts/4-scale';
import { mixed } from './parts/5-mixed';
import { editors } from './parts/6-editors';
import { fault } from './parts/7-fault';
import { Report } from './report';
import { startServer } from './server';
import { sleep } from './stats';

const quick = process.argv.includes('--quick');
const PG_FLAGS = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track_utility=on'];
const EDITORS = 100; // the 2× mixed load runs 100 users, each with an answer of its own

async function main() {
  const report = new Report();
  const embedded = !process.env.DATABASE_URL;
  let local: LocalPostgres | undefined;
  const dir = path.join(root, '.data', 'bench');
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54419);
  if (embedded) {
    rmSync(dir, { recursive: true, force: true }); // every run starts from the same empty database
    process.env.KUMO_DATA_DIR = dir;
    process.env.EMBEDDED_PG_PORT = String(pgPort);
  } else if (!process.env.MIGRATE_DATABASE_URL) {
    throw new Error('With DATABASE_URL, also set MIGRATE_DATABASE_URL (a superuser of a scratch database): the benchmark seeds 10,000 companies.');
  }
  process.env.MAIL_OUTBOX_LOG = '0';
  step(`database: ${embedded ? `embedded PostgreSQL on port ${pgPort} (${dir})` : 'DATABASE_URL'}`);
  local = await prepareDatabase({ quiet: true, flags: PG_FLAGS });
  const ownerUrl = process.env.MIGRATE_DATABASE_URL!;
  const admin = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  admin.on('error', () => {}); // idle connections die during part 7's restart; the next query reconnects

  const distDir = path.join(root, process.env.NEXT_DIST_DIR ?? '.next');
  if (process.argv.includes('--build') || !existsSync(path.join(distDir, 'BUILD_ID'))) {
    step('building the production server (next build)');
    const built = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('next build failed');
  }

  step('seeding the measured company through the data layer');
  const { seedBench } = await import('./seed-bench'); // after prepareDatabase: the data layer reads DATABASE_URL
  const data = await seedBench(EDITORS);
  const { encode } = await import('next-auth/jwt');
  const cookieFor = async (u: { userId: string; companyId: string; sessionVersion: number }) =>
    `authjs.session-token=${await encode({ token: { sub: u.userId, uid: u.userId, cid: u.companyId, sv: u.sessionVersion }, secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token', maxAge: 12 * 3600 })}`;
  const cookies = { manager: await cookieFor(data.manager), editors: await Promise.all(data.editors.map(cookieFor)) };

  step('starting the production server (scripts/server.ts)');
  const server = await startServer({
    root,
    port: Number(process.env.BENCH_PORT ?? 3900),
    env: { ...process.env, KUMO_BENCH_FLOOR: '1' },
    logFile: path.join(root, 'bench', 'server.log'),
    log: (s) => console.log(`  ${s}`),
  });
  const b: Bench = {
    quick,
    server,
    data,
    cookies,
    admin,
    report,
    saveActionId: actionId(distDir, 'saveAnswerAction'),
    postmasterPid: () => (embedded ? postmasterPid(dir) : null),
    seconds: (full, short) => (quick ? short : full),
    restartDatabase: embedded
      ? async (downMs) => {
          const stoppedAt = Date.now();
          await local!.stop();
          await sleep(downMs);
          local = await startLocalPostgres({ dir, port: pgPort, quiet: true, flags: PG_FLAGS });
          return { stoppedAt, readyAt: Date.now() };
        }
      : null,
  };
  const check = await fetch(`${server.baseUrl}/dashboard`, { headers: { cookie: cookies.manager }, redirect: 'manual' });
  if (check.status !== 200) throw new Error(`the signed-in dashboard answered ${check.status}: the session cookie is not accepted`);

  const parts: [string, () => Promise<void>][] = [
    ['2. SQL statements per request', () => statementsPerRequest(b)],
    ['3. PDF time and size', () => pdf(b)],
    ['1. page throughput against the floor (small database)', () => throughput(b)],
    ['6. concurrent editors', () => editors(b)],
    ['4. scale: large database', () => scale(b, ownerUrl)],
    ['5. mixed load, then twice the load', () => mixed(b)],
    ['7. PostgreSQL restart under load', () => fault(b)],
  ];
  if (process.argv.includes('--keep')) {
    // For profiling by hand: the seeded server stays up until Ctrl-C.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(root, 'bench', 'session.json'), JSON.stringify({ baseUrl: server.baseUrl, pid: server.pid, cookie: cookies.manager, data }, null, 2));
    console.log('server kept running; session in bench/session.json');
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
  // `--only=2,3` runs some parts (while working on one); a full run is what docs/performance.md records.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  try {
    for (const [title, run] of parts.filter(([title]) => !only || only.includes(title.split('.')[0]!))) {
      step(title);
      try {
        await run();
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        report.add({ part: title.split('.')[0]!, key: `part${title.split('.')[0]}.error`, label: `${title} could not finish`, value: message, unit: '', ok: false });
      }
    }
  } finally {
    await server.stop();
    const { db } = await import('../lib/server/db');
    await db().$disconnect();
    await admin.end();
    await local?.stop();
  }
  report.print();
  const file = path.join(root, 'bench', 'results.json');
  const seconds = Math.round((Date.now() - started) / 1000);
  report.write(file, { quick, seconds, database: embedded ? 'embedded PostgreSQL 17' : 'DATABASE_URL', poolSize: Number(process.env.DB_POOL_SIZE ?? 10) });
  const misses = report.figures.filter((f) => f.ok === false).length;
  console.log(`\nbenchmark finished in ${Math.floor(seconds / 60)} min ${seconds % 60} s; ${misses} figure(s) miss their target; results in ${path.relative(root, file)}`);
}

function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

const started = Date.now();
function step(s: string) {
  console.log(`\n[bench ${Math.round((Date.now() - started) / 1000)} s] ${s}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
