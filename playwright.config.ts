import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2ePort } from './e2e/paths';

// `playwright install` cannot download browsers here: use Debian's Chromium when present (design.md).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const port = e2ePort();

export default defineConfig({
  testDir: 'e2e',
  timeout: 180_000,
  // Generous: CI is a shared 2-core machine running the server, PostgreSQL and two browsers at once.
  expect: { timeout: 20_000 },
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ja-JP',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: systemChromium,
          // Without the background-networking flags Chromium keeps dialling Google on this closed network.
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port) },
  },
});
