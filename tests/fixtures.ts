import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Role } from '@/lib/domain/permissions';

/** Owner (superuser) connection to this test file's database: sets up fixtures and re-reads the truth. */
export async function owner<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The restricted app role, with no tenant setting: for raw-SQL RLS checks. */
export async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type Member = { userId: string; companyId: string; role: Role; email: string };
export type TestCompany = { companyId: string; name: string; manager: Member; itOwner: Member; advisor: Member };

// A fixed Argon2id hash of 'correct horse battery staple' keeps fixtures fast (no hashing per user).
export const FIXTURE_PASSWORD = 'correct horse battery staple';
export const FIXTURE_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$9ctOu2ckcH9OEmJEm+Bfbg$nUKG51AwTOXDxBVBlExFDzdAQhvZY981E5oj4kmgboA';

export async function createCompany(label: string): Promise<TestCompany> {
  const companyId = randomUUID();
  const name = `${label} 株式会社`;
  return owner(async (c) => {
    await c.query('INSERT INTO company (id, name) VALUES ($1, $2)', [companyId, name]);
    const member = async (role: Role): Promise<Member> => {
      const userId = randomUUID();
      const email = `${role.toLowerCase()}-${userId.slice(0, 8)}@${label.toLowerCase()}.example.jp`;
      await c.query('INSERT INTO "user" (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        userId,
        email,
        `${label} ${role}`,
        FIXTURE_HASH,
      ]);
      await c.query('INSERT INTO membership (id, company_id, user_id, role) VALUES ($1, $2, $3, $4)', [
        randomUUID(),
        companyId,
        userId,
        role,
      ]);
      return { userId, companyId, role, email };
    };
    return { companyId, name, manager: await member('MANAGER'), itOwner: await member('IT_OWNER'), advisor: await member('ADVISOR') };
  });
}

/** The tenant context a member's verified session would produce. */
export const ctx = (m: Member) => ({ userId: m.userId, companyId: m.companyId, role: m.role });
