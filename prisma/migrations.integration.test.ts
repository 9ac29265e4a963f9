// Drift check: the committed migration SQL (hand-written, applied by our own runner) must build exactly what
// schema.prisma describes, as judged by prisma 6.19.3's `migrate diff` (tools/prisma-legacy). Each diff replays the
// migrations on its own throw-away database on the test server, created and dropped by the tool.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { diffMigrationsToSchema, repoRoot } from '../tools/prisma-legacy/migrate-diff';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
if (!adminUrl) throw new Error('TEST_ADMIN_DATABASE_URL (superuser URL of the test PostgreSQL) is not set');
const schemaPath = path.join(repoRoot, 'prisma', 'schema.prisma');

test('prisma/migrations produce exactly what schema.prisma describes', { timeout: 60_000 }, async () => {
  const { empty, sql } = await diffMigrationsToSchema({ adminUrl, schemaPath });
  expect(sql.trim(), 'SQL that would bring the migrations to the schema').toBe('-- This is an empty migration.');
  expect(empty).toBe(true);
});

// Proves the check above can fail: a field that no migration creates must show up as drift.
test('the drift check reports a column that no migration creates', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drift-probe-'));
  try {
    const schema = readFileSync(schemaPath, 'utf8');
    const probed = schema.replace(/^(model RateLimit \{)$/m, '$1\n  driftProbe String? @map("drift_probe")');
    expect(probed).not.toBe(schema);
    const probedPath = path.join(dir, 'schema.prisma');
    writeFileSync(probedPath, probed);

    const { empty, sql } = await diffMigrationsToSchema({ adminUrl, schemaPath: probedPath });
    expect(empty).toBe(false);
    expect(sql).toMatch(/ALTER TABLE "rate_limit" ADD COLUMN\s+"drift_probe" TEXT;/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
