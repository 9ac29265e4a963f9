// Part 5: 50 concurrent users with the mixed workload, then twice that. Overload must be answered with
// 503/429 (load shedding in scripts/server.ts), never 500, and the server's memory must stay bounded.
import type { Bench } from '../context';
import { countStatuses, type Outcome } from '../load';
import { lostAcknowledgedWrites, mixedLoad } from '../mixed';
import { round, summarize } from '../stats';

export async function mixed(b: Bench) {
  const durationMs = b.seconds(45, 6) * 1000;
  const peaks: number[] = [];
  for (const [label, users] of [['1×', 50], ['2×', 100]] as const) {
    b.server.resetPeak();
    const { log, acks } = await mixedLoad(b, users, durationMs, users);
    const c = countStatuses(log);
    const answered = log.filter((o) => o.status !== 503 && o.status !== 429 && o.status !== 0);
    const all = summarize(answered.map((o) => o.ms));
    const key = `mixed.u${users}`;
    b.report.add({ part: '5', key: `${key}.requests`, label: `${label} (${users} users, ${durationMs / 1000} s): requests / per second`, value: `${c.total} / ${round(c.total / (durationMs / 1000), 1)}`, unit: '' });
    b.report.add({ part: '5', key: `${key}.p95`, label: `${label}: p50 / p95 / p99 of answered requests`, value: `${all.p50} / ${all.p95} / ${all.p99}`, unit: 'ms' });
    for (const kind of ['view', 'save', 'pdf'] as const) {
      const s = summarize(answered.filter((o) => o.kind === kind).map((o) => o.ms));
      b.report.add({ part: '5', key: `${key}.${kind}`, label: `${label}: ${kind} p95 / p99 (${s.count} requests)`, value: `${s.p95} / ${s.p99}`, unit: 'ms' });
    }
    const conflicts = log.filter((o: Outcome) => o.result === 'conflict').length;
    b.report.add({ part: '5', key: `${key}.errors`, label: `${label}: 500s / failed connections`, value: `${c.serverErrors} / ${c.failed}`, unit: '', target: '0 / 0', ok: c.serverErrors === 0 && c.failed === 0 });
    b.report.add({ part: '5', key: `${key}.shed`, label: `${label}: answered 503 busy (load shedding)`, value: c.shed, unit: 'requests', note: `${round((100 * c.shed) / Math.max(1, c.total), 1)} %` });
    b.report.add({ part: '5', key: `${key}.saves`, label: `${label}: saves acknowledged / conflicts / lost`, value: `${acks.length} / ${conflicts} / ${await lostAcknowledgedWrites(b, acks)}`, unit: '' });
    peaks.push(b.server.peakRssMb());
    b.report.add({ part: '5', key: `${key}.peakRss`, label: `${label}: server peak RSS`, value: Math.round(peaks.at(-1)!), unit: 'MB' });
  }
  // Bounded: twice the users must not mean (much) more memory, because admission control caps the work in flight.
  const growth = peaks[1]! / peaks[0]!;
  b.report.add({ part: '5', key: 'mixed.rssGrowth', label: 'peak RSS at 2× load / at 1× load', value: round(growth, 2), unit: '×', target: '≤ 1.25', ok: growth <= 1.25 });
}
