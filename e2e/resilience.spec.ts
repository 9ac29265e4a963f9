import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../scripts/server-command';
import { e2eDataDir, e2ePgPort, e2ePort } from './paths';

// The production server's guards (scripts/server.ts, docs/decisions/009): overload and a lost database are
// answered with 503 and a message in the user's language, never with a 500. Each test starts a second server
// process on the e2e build with tight limits, next to the one the other tests use.
const root = path.resolve(__dirname, '..');

async function startServer(port: number, env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const secrets = JSON.parse(readFileSync(path.join(e2eDataDir(), 'secrets.json'), 'utf8')) as { appPassword: string; authSecret: string };
  const child: ChildProcess = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      AUTH_SECRET: secrets.authSecret,
      DATABASE_URL: `postgresql://kumo_app:${encodeURIComponent(secrets.appPassword)}@127.0.0.1:${e2ePgPort()}/kumo`,
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${url}/api/health`).then(() => true, () => false);
    if (up) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the extra server did not start');
}

test('overload is answered with 503 “busy” and Retry-After, never 500', async () => {
  const server = await startServer(e2ePort() + 51, { KUMO_MAX_ACTIVE_REQUESTS: '1', KUMO_MAX_QUEUED_REQUESTS: '0' });
  try {
    const responses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${server.url}/sign-in`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    const busy = responses.find((r) => r.status === 503)!;
    expect(busy.headers.get('retry-after')).toBe('2');
    expect(await busy.text()).toContain('ただいま混み合っています');
    const en = await Promise.all(Array.from({ length: 8 }, () => fetch(`${server.url}/en/sign-in`)));
    const enBusy = en.find((r) => r.status === 503);
    if (enBusy) expect(await enBusy.text()).toContain('Kumo Check is busy right now');
  } finally {
    server.stop();
  }
});

test('while the database cannot be reached, pages answer 503 at once instead of failing one by one', async () => {
  // A port where no PostgreSQL listens stands for a database that went away.
  const server = await startServer(e2ePort() + 52, { DATABASE_URL: 'postgresql://kumo_app:x@127.0.0.1:9/kumo' });
  try {
    const first = await fetch(`${server.url}/verify?hash=${'a'.repeat(64)}`);
    expect([500, 503]).toContain(first.status); // the request that discovers the outage
    await expect
      .poll(async () => (await fetch(`${server.url}/verify?hash=${'b'.repeat(64)}`)).status, { timeout: 10_000 })
      .toBe(503);
    const page = await fetch(`${server.url}/en/verify?hash=${'c'.repeat(64)}`);
    expect(page.status).toBe(503);
    expect(page.headers.get('x-kumo-unavailable')).toBe('unavailable');
    expect(await page.text()).toContain('briefly unavailable');
  } finally {
    server.stop();
  }
});

test('the benchmark’s floor pages do not exist unless the server was started for the benchmark', async ({ request }) => {
  for (const path of ['/bench-floor', '/bench-floor/dashboard', `/bench-floor/decisions/${crypto.randomUUID()}`]) {
    expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(404);
  }
});
