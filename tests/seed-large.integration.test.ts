import { beforeAll, describe, expect, it } from 'vitest';
import { LARGE_SEED_MARKER, seedLarge, type LargeSeedResult } from '@/bench/seed-large';
import { ipa2011 } from '@/lib/domain/checklist/ipa-2011';
import { asApp, owner } from './fixtures';

const COMPANIES = 20;
const ownerUrl = () => process.env.OWNER_DATABASE_URL ?? '';
const TABLES = ['company', 'user', 'membership', 'decision', 'candidate', 'item_assignment', 'answer', 'comment', 'audit_event'];

let first: LargeSeedResult;
const log: string[] = [];

const tableCounts = () =>
  owner(async (c) => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      counts[table] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]?.n ?? -1;
    }
    return counts;
  });

const scalar = (sql: string) => owner(async (c) => (await c.query<{ n: number }>(sql)).rows[0]?.n);

beforeAll(async () => {
  first = await seedLarge(ownerUrl(), { companies: COMPANIES, log: (line) => log.push(line) });
});

describe('seedLarge', () => {
  it('creates the planned shape per company and reports it', async () => {
    const perCompany = { company: 1, user: 3, membership: 3, decision: 2, candidate: 7, item_assignment: 28, answer: 98, comment: 6, audit_event: 10 };
    const expected = Object.fromEntries(Object.entries(perCompany).map(([t, n]) => [t, n * COMPANIES]));
    expect(await tableCounts()).toEqual(expected);
    expect(first).toMatchObject({
      companies: expected.company,
      users: expected.user,
      decisions: expected.decision,
      candidates: expected.candidate,
      answers: expected.answer,
      comments: expected.comment,
      auditEvents: expected.audit_event,
    });
    expect(first.rowsPerSecond).toBeGreaterThan(0);
    expect(log.at(-1)).toMatch(new RegExp(`^seeded ${COMPANIES}/${COMPANIES} companies \\(.+ rows, .+ rows/s\\)$`));
    const names = await owner((c) => c.query<{ name: string }>('SELECT name FROM company'));
    expect(names.rows.every((r) => r.name.startsWith(LARGE_SEED_MARKER))).toBe(true);
  });

  it('keeps every answer inside its candidate’s decision and company', async () => {
    const mismatched = await scalar(
      `SELECT count(*)::int AS n FROM answer a
         LEFT JOIN candidate k ON k.id = a.candidate_id LEFT JOIN decision d ON d.id = a.decision_id
        WHERE k.id IS NULL OR d.id IS NULL
           OR a.company_id <> k.company_id OR a.company_id <> d.company_id OR k.decision_id <> a.decision_id`,
    );
    expect(mismatched).toBe(0);
  });

  it('answers every template item once per candidate, with realistic memos and risk decisions', async () => {
    const perCandidate = await owner((c) =>
      c.query<{ keys: string[] }>(
        'SELECT array_agg(item_key ORDER BY item_key) AS keys FROM answer GROUP BY candidate_id',
      ),
    );
    const templateKeys = ipa2011.items.map((i) => i.key).sort();
    expect(perCandidate.rows).toHaveLength(COMPANIES * 7);
    expect(perCandidate.rows.every((r) => JSON.stringify(r.keys) === JSON.stringify(templateKeys))).toBe(true);
    expect(await scalar('SELECT count(*)::int AS n FROM answer WHERE char_length(memo) NOT BETWEEN 60 AND 200')).toBe(0);
    const badRisk = `SELECT count(*)::int AS n FROM answer
      WHERE (status = 'CONCERN') <> (risk_acceptable IS NOT NULL AND risk_reason <> '')`;
    expect(await scalar(badRisk)).toBe(0);
    const statuses = await owner((c) => c.query<{ status: string }>('SELECT DISTINCT status FROM answer'));
    expect(statuses.rows.map((r) => r.status).sort()).toEqual(['CONCERN', 'CONFIRMED', 'NOT_APPLICABLE']);
  });

  it('leaves decisions editable (DRAFT or RETURNED) and assigns every item', async () => {
    const statuses = await owner((c) => c.query<{ status: string }>('SELECT DISTINCT status FROM decision'));
    expect(statuses.rows.map((r) => r.status).sort()).toEqual(['DRAFT', 'RETURNED']);
    const unassigned = await scalar(
      `SELECT count(*)::int AS n FROM decision d
        WHERE (SELECT count(*) FROM item_assignment ia WHERE ia.decision_id = d.id) <> ${ipa2011.items.length}`,
    );
    expect(unassigned).toBe(0);
  });

  it('shows the app role nothing without a tenant context', async () => {
    await asApp(async (c) => {
      for (const table of TABLES) {
        const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
        expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
      }
    });
  });

  it('adds nothing when rerun, and only the missing companies for a larger target', async () => {
    const before = await tableCounts();
    const again = await seedLarge(ownerUrl(), { companies: COMPANIES });
    expect(again).toMatchObject({ companies: 0, users: 0, decisions: 0, candidates: 0, answers: 0, comments: 0, auditEvents: 0 });
    expect(await tableCounts()).toEqual(before);

    const more = await seedLarge(ownerUrl(), { companies: COMPANIES + 5 });
    expect(more).toMatchObject({ companies: 5, answers: 5 * 98 });
    expect(await scalar('SELECT count(DISTINCT name)::int AS n FROM company')).toBe(COMPANIES + 5);
  });
});
