import { defineConfig } from 'prisma/config';

// Only `prisma generate` is used with this config: the Prisma 7 migrate/db commands need a schema engine
// that cannot be downloaded here (docs/decisions/002-offline-migrations.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
