// Applies prisma/migrations like `prisma migrate deploy` would, without Prisma's schema engine (which cannot be
// downloaded here). The `_prisma_migrations` bookkeeping stays compatible in both directions: see
// docs/decisions/002-offline-migrations.md for the exact contract.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

const LOCK_ID = 72707369; // the advisory lock id Prisma itself uses, so the two never run at once

export type MigrateResult = { applied: string[] };

export async function migrate(connectionString: string, migrationsDir = defaultDir()): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    try {
      return await applyPending(client, migrationsDir);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
    }
  } finally {
    await client.end();
  }
}

function defaultDir() {
  return path.join(process.cwd(), 'prisma', 'migrations');
}

async function applyPending(client: pg.Client, dir: string): Promise<MigrateResult> {
  await ensureTable(client);
  const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations',
  );
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new Error(`Migration ${failed.migration_name} failed earlier and is not rolled back; resolve it before deploying.`);
  }
  const done = new Set(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
  const applied: string[] = [];
  for (const name of await listMigrations(dir)) {
    if (done.has(name)) continue;
    const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
    await applyOne(client, name, sql);
    applied.push(name);
  }
  return { applied };
}

async function ensureTable(client: pg.Client) {
  const { rows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (rows[0]?.exists) return;
  const { rows: tables } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()",
  );
  // Like Prisma: adopt only an empty schema; a populated one without history needs a baseline first.
  if ((tables[0]?.n ?? 0) > 0) throw new Error('The database schema is not empty and has no migration history.');
  await client.query(`CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function listMigrations(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name))
    .map((e) => e.name)
    .sort();
}

async function applyOne(client: pg.Client, name: string, sql: string) {
  const id = randomUUID();
  const checksum = createHash('sha256').update(sql).digest('hex');
  await client.query(
    'INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, checksum, name],
  );
  try {
    // One simple-protocol query (no parameters) runs the whole file as one implicit transaction, as Prisma does.
    await client.query(sql);
  } catch (err) {
    await client.query('UPDATE _prisma_migrations SET logs = $2 WHERE id = $1', [id, String(err)]);
    throw new Error(`Migration ${name} failed: ${(err as Error).message}`);
  }
  await client.query('UPDATE _prisma_migrations SET applied_steps_count = 1, finished_at = now() WHERE id = $1', [id]);
}
