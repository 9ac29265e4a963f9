// `npm start`: zero-config production server. Without DATABASE_URL it runs an embedded PostgreSQL under .data/
// (created on first start, kept across restarts), migrates it, builds once if needed, then serves with `next start`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertSafeAppRole } from '../lib/db/app-role';
import { ensureDatabase, startLocalPostgres, type LocalPostgres } from '../lib/db/local-postgres';
import { migrate } from '../lib/db/migrate';

const dev = process.argv.includes('--dev');
const root = path.resolve(__dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function main() {
  let local: LocalPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const dir = path.resolve(process.env.KUMO_DATA_DIR ?? path.join(root, '.data'));
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    local = await startLocalPostgres({ dir, port });
    await ensureDatabase(local.adminUrl(), 'kumo');
    process.env.MIGRATE_DATABASE_URL = local.adminUrl('kumo');
    process.env.DATABASE_URL = local.appUrl('kumo');
    process.env.AUTH_SECRET ??= local.secrets.authSecret;
    console.log(`[kumo] embedded PostgreSQL on 127.0.0.1:${port} (data in ${dir})`);
  } else if (!process.env.AUTH_SECRET) {
    fail('AUTH_SECRET is required when DATABASE_URL is set (generate one with: openssl rand -base64 32).');
  }
  if (process.env.MIGRATE_DATABASE_URL) {
    const { applied } = await migrate(process.env.MIGRATE_DATABASE_URL, path.join(root, 'prisma', 'migrations'));
    if (applied.length) console.log(`[kumo] applied migrations: ${applied.join(', ')}`);
  }
  await assertSafeAppRole(process.env.DATABASE_URL!);
  process.env.AUTH_TRUST_HOST ??= 'true';

  if (!dev && !existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
    console.log('[kumo] no production build yet: building (takes a minute or two)…');
    await run(['build']);
  }
  const port = process.env.PORT ?? '3000';
  const child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port], { stdio: 'inherit', cwd: root });
  const shutdown = () => child.kill('SIGTERM');
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  child.on('exit', async (code) => {
    await local?.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

function run(args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', cwd: root });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} exited with ${code}`))));
  });
}

function fail(message: string): never {
  console.error(`[kumo] ${message}`);
  process.exit(1);
}

main().catch((err: Error) => fail(err.message));
