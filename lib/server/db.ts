import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// The only PrismaClient of the app. It connects as the restricted app role, so every query is subject to
// row-level security; tenant code reaches it only through withTenant() in ./tenant.ts.
const globalForDb = globalThis as unknown as { kumoPrisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: env().DB_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.kumoPrisma ??= createClient();
  return globalForDb.kumoPrisma;
}

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
