// `npm run -s db:diff`: prints the SQL that takes the committed migrations to the current schema.prisma (review it, then
//   save it as prisma/migrations/<UTC yyyymmddHHMMSS>_<name>/migration.sql; the diff adds no warnings for risky changes).
// `npm run db:check`: exits 1 and prints that SQL when migrations and schema differ (drift), 0 when they match.
// Both need a PostgreSQL: DATABASE_ADMIN_URL (superuser) if set, otherwise a temporary embedded one.
import { diffMigrationsToSchema } from './migrate-diff';
import { withAdminUrl } from './temp-postgres';

async function main(mode: string | undefined) {
  if (mode !== 'diff' && mode !== 'check') throw new Error('usage: tsx tools/prisma-legacy/cli.ts diff|check');
  const { empty, sql } = await withAdminUrl((adminUrl) => diffMigrationsToSchema({ adminUrl }));
  if (mode === 'diff') {
    process.stdout.write(sql);
    return 0;
  }
  if (empty) {
    console.error('db:check: prisma/migrations produce exactly what prisma/schema.prisma describes.');
    return 0;
  }
  console.error('db:check: prisma/migrations and prisma/schema.prisma differ. SQL from migrations to schema:\n');
  process.stdout.write(sql);
  return 1;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
