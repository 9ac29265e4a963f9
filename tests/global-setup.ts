import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, startLocalPostgres, withDatabase } from '../lib/db/local-postgres';
import { migrate } from '../lib/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    appUrl: string;
  }
}

// One real PostgreSQL for the whole run (or DATABASE_ADMIN_URL's server); every test file then gets its own
// database cloned from a migrated template (tests/integration-setup.ts), so files never see each other's rows.
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let adminUrl = process.env.DATABASE_ADMIN_URL;
  let appUrl = process.env.DATABASE_APP_URL;
  let dir: string | undefined;
  if (!adminUrl || !appUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'kumo-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const local = await startLocalPostgres({ dir, port, quiet: true });
    adminUrl = local.adminUrl();
    appUrl = local.appUrl('postgres');
    stop = local.stop;
  }
  await ensureDatabase(adminUrl, 'kumo_template');
  await migrate(withDatabase(adminUrl, 'kumo_template'));
  project.provide('adminUrl', adminUrl);
  project.provide('appUrl', appUrl);
  return async () => {
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
