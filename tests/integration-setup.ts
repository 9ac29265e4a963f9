import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { ensureDatabase, withDatabase } from '../lib/db/local-postgres';

// Runs in each test file's worker before its imports: a fresh database for this file only.
const name = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
await ensureDatabase(inject('adminUrl'), name, 'kumo_template');
process.env.DATABASE_URL = withDatabase(inject('appUrl'), name);
process.env.OWNER_DATABASE_URL = withDatabase(inject('adminUrl'), name);
process.env.TEST_ADMIN_DATABASE_URL = inject('adminUrl');
process.env.AUTH_SECRET ??= 'integration-test-secret-integration-test-secret';

// Close this file's connection pool so the worker exits promptly (every file uses the data layer's one client).
afterAll(async () => {
  const { db } = await import('@/lib/server/db');
  await db().$disconnect();
});
