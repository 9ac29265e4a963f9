// Part 4: the same page latencies on a large database (10,000 other companies, ~1,000,000 answers, seeded in
// bulk) as on the small one measured in part 1. Tenant-scoped indexes should make the difference small.
import { seedLarge } from '../seed-large';
import { pages, type Bench } from '../context';
import { round } from '../stats';
import { hammer } from './1-throughput';

export async function scale(b: Bench, ownerUrl: string) {
  const companies = b.quick ? 1_000 : 10_000;
  const seconds = b.seconds(10, 2);
  // The small database's figures are taken here, right before seeding, so both sides share the same warm server.
  const small: Record<string, number> = {};
  for (const [name, path] of Object.entries(pages(b))) {
    await hammer(b, path, 10, 1);
    small[name] = (await hammer(b, path, 10, seconds)).latency.p95;
  }
  const seeded = await seedLarge(ownerUrl, { companies, log: (line) => console.log(`    ${line}`) });
  const { rows } = await b.admin.query<{ companies: string; answers: string; mb: string }>(
    `SELECT (SELECT count(*) FROM company) AS companies, (SELECT count(*) FROM answer) AS answers, pg_database_size(current_database()) / 1048576 AS mb`,
  );
  const size = rows[0]!;
  b.report.add({ part: '4', key: 'scale.companies', label: 'large database: companies / answers / size', value: `${size.companies} / ${size.answers} / ${size.mb} MB`, unit: '' });
  b.report.add({ part: '4', key: 'scale.seed.rowsPerSecond', label: `bulk seeding: ${seeded.companies} companies in ${round(seeded.seconds, 1)} s`, value: Math.round(seeded.rowsPerSecond), unit: 'rows/s' });
  for (const [name, path] of Object.entries(pages(b))) {
    await hammer(b, path, 10, 1);
    const large = (await hammer(b, path, 10, seconds)).latency;
    const ratio = large.p95 / small[name]!;
    b.report.add({ part: '4', key: `scale.${name}.p95.large`, label: `${name}, 10 conn: p95 small → large database`, value: `${small[name]} → ${large.p95}`, unit: 'ms' });
    b.report.add({ part: '4', key: `scale.${name}.p95.ratio`, label: `${name}: p95 large / small`, value: round(ratio, 2), unit: '×', target: '≤ 1.5', ok: ratio <= 1.5 });
  }
}
