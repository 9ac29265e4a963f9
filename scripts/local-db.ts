// Shared by `npm start`, `npm run seed:demo` and the benchmark: the database to use, embedded unless
// DATABASE_URL is set, migrated and checked before anything touches it.
import path from 'node:path';
import { assertSafeAppRole } from '../lib/db/app-role';
import { ensureDatabase, startLocalPostgres, type LocalPostgres } from '../lib/db/local-postgres';
import { migrate } from '../lib/db/migrate';

export const root = path.resolve(__dirname, '..');

/** Sets DATABASE_URL / MIGRATE_DATABASE_URL / AUTH_SECRET in process.env and returns the embedded server, if any. */
export async function prepareDatabase(opts: { quiet?: boolean; flags?: string[] } = {}): Promise<LocalPostgres | undefined> {
  let local: LocalPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const dir = path.resolve(process.env.KUMO_DATA_DIR ?? path.join(root, '.data'));
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    local = await startLocalPostgres({ dir, port, quiet: opts.quiet, flags: opts.flags });
    await ensureDatabase(local.adminUrl(), 'kumo');
    process.env.MIGRATE_DATABASE_URL = local.adminUrl('kumo');
    process.env.DATABASE_URL = local.appUrl('kumo');
    process.env.AUTH_SECRET ??= local.secrets.authSecret;
    process.env.MAIL_OUTBOX_LOG ??= '1'; // local use: the server log is where you read your mail
    if (!opts.quiet) console.log(`[kumo] embedded PostgreSQL on 127.0.0.1:${port} (data in ${dir})`);
  } else if (!process.env.AUTH_SECRET) {
    throw new Error('AUTH_SECRET is required when DATABASE_URL is set (generate one with: openssl rand -base64 32).');
  }
  if (process.env.MIGRATE_DATABASE_URL) {
    const { applied } = await migrate(process.env.MIGRATE_DATABASE_URL, path.join(root, 'prisma', 'migrations'));
    if (applied.length && !opts.quiet) console.log(`[kumo] applied migrations: ${applied.join(', ')}`);
  }
  await assertSafeAppRole(process.env.DATABASE_URL!);
  return local;
}
