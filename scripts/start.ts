// `npm start`: zero-config production server. Without DATABASE_URL it runs an embedded PostgreSQL under .data/
// (created on first start, kept across restarts), migrates it, builds once if needed, then serves with
// scripts/server.ts (Next.js behind load shedding).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { prepareDatabase, root } from './local-db';
import { serverArgs } from './server-command';

const dev = process.argv.includes('--dev');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function main() {
  const local = await prepareDatabase();
  process.env.AUTH_TRUST_HOST ??= 'true';
  if (!dev && !existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
    console.log('[kumo] no production build yet: building (takes a minute or two)…');
    await run(['build']);
  }
  const port = process.env.PORT ?? '3000';
  // Production: Next.js's handler behind load shedding and a database breaker (scripts/server.ts).
  const args = dev ? [nextBin, 'dev', '-p', port] : serverArgs(root);
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, PORT: port, ...(dev ? {} : { NODE_ENV: 'production' }) },
  });
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

main().catch((err: Error) => {
  console.error(`[kumo] ${err.message}`);
  process.exit(1);
});
