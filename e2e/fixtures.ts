import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import pg from 'pg';
import { e2eDataDir, e2ePgPort } from './paths';

// Direct database access for fixtures and for re-reading the truth after a refused action (style.md, Tests).
export async function ownerDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const secrets = JSON.parse(readFileSync(path.join(e2eDataDir(), 'secrets.json'), 'utf8'));
  const port = e2ePgPort();
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(secrets.ownerPassword)}@127.0.0.1:${port}/kumo`,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Argon2id of FIXTURE_PASSWORD, precomputed so fixtures need no hashing.
export const FIXTURE_PASSWORD = 'correct horse battery staple';
const FIXTURE_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$9ctOu2ckcH9OEmJEm+Bfbg$nUKG51AwTOXDxBVBlExFDzdAQhvZY981E5oj4kmgboA';

export type FixtureUser = { email: string; name: string; role: 'MANAGER' | 'IT_OWNER' | 'ADVISOR' };

export async function createCompany(name: string, roles: FixtureUser['role'][] = ['MANAGER']) {
  const companyId = randomUUID();
  const users: FixtureUser[] = [];
  await ownerDb(async (c) => {
    await c.query('INSERT INTO company (id, name) VALUES ($1, $2)', [companyId, name]);
    for (const role of roles) {
      const userId = randomUUID();
      const user = { email: `${role.toLowerCase()}-${userId.slice(0, 8)}@example.jp`, name: `${role} ${userId.slice(0, 4)}`, role };
      await c.query('INSERT INTO "user" (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [userId, user.email, user.name, FIXTURE_HASH]);
      await c.query('INSERT INTO membership (id, company_id, user_id, role) VALUES ($1, $2, $3, $4)', [randomUUID(), companyId, userId, role]);
      users.push(user);
    }
  });
  return { companyId, name, users };
}

export async function signIn(page: Page, email: string, password = FIXTURE_PASSWORD, prefix = '') {
  await page.goto(`${prefix}/sign-in`);
  await page.getByLabel(prefix === '/en' ? 'Email address' : 'メールアドレス').fill(email);
  await page.getByLabel(prefix === '/en' ? 'Password' : 'パスワード').fill(password);
  await page.getByRole('button', { name: prefix === '/en' ? 'Sign in' : 'ログインする' }).click();
}

/** axe-core against WCAG 2.x A/AA: labelled controls, contrast, landmarks. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export function uniqueEmail(label: string) {
  return `${label}-${randomUUID().slice(0, 8)}@example.jp`;
}

/** A user's id, for fixtures that need it (createCompany returns emails). */
export async function userIdByEmail(email: string): Promise<string> {
  return ownerDb(async (c) => (await c.query('SELECT id FROM "user" WHERE email = $1', [email])).rows[0].id as string);
}

/** A decision (検討案件) on the ipa-2011 template with its candidates, inserted directly; ids in candidate order. */
export async function createDecision(companyId: string, createdById: string, candidates: string[], title = 'クラウドサービスの検討') {
  const decisionId = randomUUID();
  const candidateIds = candidates.map(() => randomUUID());
  await ownerDb(async (c) => {
    await c.query(
      `INSERT INTO decision (id, company_id, title, template_key, template_version, created_by_id, updated_at)
       VALUES ($1, $2, $3, 'ipa-2011', 1, $4, now())`,
      [decisionId, companyId, title, createdById],
    );
    for (const [i, name] of candidates.entries()) {
      await c.query('INSERT INTO candidate (id, company_id, decision_id, name, position, updated_at) VALUES ($1, $2, $3, $4, $5, now())', [
        candidateIds[i],
        companyId,
        decisionId,
        name,
        i + 1,
      ]);
    }
  });
  return { decisionId, candidateIds };
}

/** Assigns items of a decision to one member, as the assignment form would. */
export async function assignItems(companyId: string, decisionId: string, itemKeys: string[], assigneeId: string, assignedById = assigneeId) {
  await ownerDb(async (c) => {
    for (const itemKey of itemKeys) {
      await c.query(
        'INSERT INTO item_assignment (company_id, decision_id, item_key, assignee_id, assigned_by_id) VALUES ($1, $2, $3, $4, $5)',
        [companyId, decisionId, itemKey, assigneeId, assignedById],
      );
    }
  });
}

export type FixtureAnswer = {
  candidateId: string;
  itemKey: string;
  status: 'CONFIRMED' | 'CONCERN' | 'NOT_APPLICABLE';
  memo?: string;
  facts?: Record<string, unknown>;
  risk?: { acceptable: boolean | null; reason: string; mitigation: string };
};

/** Answers inserted directly (as saved through the editor), for pages that read them (comparison, reports). */
export async function insertAnswers(companyId: string, decisionId: string, updatedById: string, answers: FixtureAnswer[]) {
  await ownerDb(async (c) => {
    for (const a of answers) {
      await c.query(
        `INSERT INTO answer (id, company_id, decision_id, candidate_id, item_key, status, memo, facts, risk_acceptable, risk_reason, risk_mitigation, updated_by_id, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())`,
        [
          companyId,
          decisionId,
          a.candidateId,
          a.itemKey,
          a.status,
          a.memo ?? '',
          JSON.stringify(a.facts ?? {}),
          a.risk?.acceptable ?? null,
          a.risk?.reason ?? '',
          a.risk?.mitigation ?? '',
          updatedById,
        ],
      );
    }
  });
}
