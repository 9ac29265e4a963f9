// Runs prisma@6.19.3's `migrate diff --from-migrations <dir> --to-schema-datamodel <schema> --script` offline.
// The diff replays the migration files on a fresh database and compares what Prisma then sees with the schema, so an
// empty result proves the committed SQL builds exactly the modelled tables, columns, enums, indexes and foreign keys.
// What Prisma does not model (roles, grants, functions, RLS policies) is applied too but never compared.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const here = import.meta.dirname;
export const repoRoot = path.resolve(here, '../..');
const cli = path.join(repoRoot, 'node_modules', 'prisma-legacy', 'build', 'index.js');
const URL_ENV = 'PRISMA_LEGACY_DATABASE_URL';

export type DiffResult = { empty: boolean; sql: string };

export async function diffMigrationsToSchema(opts: {
  adminUrl: string; // superuser URL to a running PostgreSQL; only a throw-away database is created on it
  schemaPath?: string;
  migrationsDir?: string;
}): Promise<DiffResult> {
  const schemaPath = opts.schemaPath ?? path.join(repoRoot, 'prisma', 'schema.prisma');
  const migrationsDir = opts.migrationsDir ?? path.join(repoRoot, 'prisma', 'migrations');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'prisma-legacy-'));
  try {
    const legacySchema = path.join(tmp, 'schema.prisma');
    writeFileSync(legacySchema, withDatasourceUrl(readFileSync(schemaPath, 'utf8')));
    return await withThrowAwayDatabase(opts.adminUrl, async (url) => {
      const args = ['migrate', 'diff', '--config', path.join(here, 'prisma.config.ts'), '--from-migrations',
        migrationsDir, '--to-schema-datamodel', legacySchema, '--script', '--exit-code'];
      const { code, stdout, stderr } = await run(process.execPath, [cli, ...args], {
        [URL_ENV]: url,
        // Any existing file stops 6.19.3 from trying to download native engines it does not use with engine "js".
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1', // no telemetry call to an unreachable host
      });
      // --exit-code: 0 = no difference, 2 = difference, anything else = the diff itself failed.
      if (code !== 0 && code !== 2) throw new Error(`prisma 6.19.3 migrate diff failed (exit ${code}):\n${stderr}${stdout}`);
      return { empty: code === 0, sql: stdout };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Prisma 7 schemas have no datasource `url`; 6.19.3 refuses a schema without one (the adapter ignores it). */
function withDatasourceUrl(schema: string) {
  const withUrl = schema.replace(/^(datasource\s+\w+\s*\{)/m, `$1\n  url = env("${URL_ENV}")`);
  if (withUrl === schema) throw new Error('no datasource block found in the schema');
  return withUrl;
}

/** A uniquely named database, created here and always dropped here: never one that existed before. */
async function withThrowAwayDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `prisma_legacy_diff_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

function run(cmd: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
