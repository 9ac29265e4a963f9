// Part 2: SQL statements per request, counted by PostgreSQL itself (pg_stat_statements, transaction control
// and set_config included), for decisions with 1, 3 and 10 candidates. The same count for all three means no
// query runs per candidate or per answer (no N+1).
import type { Bench } from '../context';
import { sleep } from '../stats';

export async function statementsPerRequest(b: Bench) {
  const available = await b.admin
    .query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`)
    .then(() => b.admin.query(`SELECT pg_stat_statements_reset()`))
    .then(() => true)
    .catch(() => false);
  if (!available) {
    b.report.add({ part: '2', key: 'statements.available', label: 'statement statistics', value: null, unit: '', note: 'pg_stat_statements is not loaded on this database (shared_preload_libraries); the embedded database loads it' });
    return;
  }
  const kinds = {
    decision: (id: string) => `/decisions/${id}`,
    compare: (id: string) => `/decisions/${id}/compare`,
    pdf: (id: string) => `/decisions/${id}/pdf`,
  };
  for (const [kind, url] of Object.entries(kinds)) {
    const counts: number[] = [];
    for (const n of [1, 3, 10] as const) {
      const path = url(b.data.decisions[n].id);
      await get(b, path); // warm: first use of a pooled connection, caches
      const { total, statements } = await count(b, path);
      counts.push(total);
      b.report.add({ part: '2', key: `statements.${kind}.c${n}`, label: `${kind} page, ${n} candidate${n > 1 ? 's' : ''}: SQL statements per request`, value: total, unit: '', target: '≤ 8', ok: total <= 8, note: statements });
    }
    const same = counts.every((c) => c === counts[0]);
    b.report.add({ part: '2', key: `statements.${kind}.constant`, label: `${kind}: same count for 1, 3 and 10 candidates`, value: same ? 'yes' : 'no', unit: '', target: 'yes', ok: same });
  }
}

async function get(b: Bench, path: string) {
  const res = await fetch(b.server.baseUrl + path, { headers: { cookie: b.cookies.manager }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
}

/** Statements the app role ran for one request, with a compact breakdown (first words of each statement). */
async function count(b: Bench, path: string) {
  await b.admin.query(`SELECT pg_stat_statements_reset()`);
  await get(b, path);
  await sleep(100); // statistics are recorded when each statement ends; the response can arrive first
  const { rows } = await b.admin.query<{ query: string; calls: string }>(
    `SELECT s.query, s.calls FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
      WHERE r.rolname = 'kumo_app' AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  const total = rows.reduce((sum, r) => sum + Number(r.calls), 0);
  const statements = rows.map((r) => `${label(r.query)}×${r.calls}`).join(', ');
  return { total, statements };
}

function label(query: string) {
  const q = query.replace(/\s+/g, ' ').trim();
  const from = /FROM "?public"?\."?(\w+)"?/i.exec(q)?.[1] ?? /FROM (\w+)\(/i.exec(q)?.[1];
  const verb = q.split(' ')[0]!.toUpperCase();
  return from && verb === 'SELECT' ? `SELECT ${from}` : /set_config/.test(q) ? 'set_config' : verb;
}
