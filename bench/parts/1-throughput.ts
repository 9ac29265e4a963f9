// Part 1: throughput and latency of real pages against the framework floor (same layout, no database work).
import autocannon from 'autocannon';
import { pages, type Bench } from '../context';
import { startCpuMeter } from '../cpu';
import { round, summarize, type LatencySummary } from '../stats';

export type PageRun = { rps: number; latency: LatencySummary; non2xx: number; errors: number; serverMs: number; postgresMs: number | null };

/** autocannon for a fixed time; latencies are collected per response so p95 is exact (autocannon reports p97.5). */
export async function hammer(b: Bench, path: string, connections: number, seconds: number, cookie = b.cookies.manager): Promise<PageRun> {
  const samples: number[] = [];
  const cpu = startCpuMeter(b.server.pid, b.postmasterPid());
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: b.server.baseUrl + path, connections, duration: seconds, headers: { cookie }, timeout: 30 }, (err, r) => (err ? reject(err) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, ms) => samples.push(ms));
  });
  const used = cpu.stop(result.requests.total);
  return {
    rps: result.requests.total / seconds,
    latency: summarize(samples),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverMs: round(used.serverMsPerRequest, 1),
    postgresMs: used.postgresMsPerRequest === null ? null : round(used.postgresMsPerRequest, 1),
  };
}

export async function throughput(b: Bench) {
  const seconds = b.seconds(10, 3);
  const targets = { floor: '/bench-floor', ...pages(b) };
  // Unmeasured first: the server loads each route's code on its first request and the JIT warms up.
  for (const path of Object.values(targets)) await hammer(b, path, 10, b.seconds(4, 2));
  for (const connections of [10, 50]) {
    const runs: Record<string, PageRun> = {};
    for (const [name, path] of Object.entries(targets)) runs[name] = await hammer(b, path, connections, seconds);
    const floor = runs.floor!;
    b.report.add({ part: '1', key: `throughput.c${connections}.floor.rps`, label: `floor page, ${connections} conn: req/s (p50/p95/p99 ${lat(floor.latency)} ms)`, value: round(floor.rps, 1), unit: 'req/s' });
    for (const name of ['dashboard', 'decision', 'compare'] as const) {
      const run = runs[name]!;
      const ratio = run.rps / floor.rps;
      b.report.add({ part: '1', key: `throughput.c${connections}.${name}.rps`, label: `${name}, ${connections} conn: req/s (p50/p95/p99 ${lat(run.latency)} ms)`, value: round(run.rps, 1), unit: 'req/s' });
      for (const p of ['p50', 'p95', 'p99'] as const) {
        b.report.figures.push({ part: '1', key: `throughput.c${connections}.${name}.${p}`, label: `${name} ${p}`, value: run.latency[p], unit: 'ms', hidden: true });
      }
      b.report.add({ part: '1', key: `throughput.c${connections}.${name}.ratio`, label: `${name}, ${connections} conn: share of floor throughput`, value: round(ratio, 2), unit: '×', target: '≥ 0.7', ok: ratio >= 0.7 });
      if (run.non2xx || run.errors) b.report.add({ part: '1', key: `throughput.c${connections}.${name}.failures`, label: `${name}, ${connections} conn: non-2xx / errors`, value: `${run.non2xx} / ${run.errors}`, unit: '', target: '0', ok: false });
      if (connections === 10) {
        b.report.add({ part: '1', key: `throughput.c10.${name}.cpu`, label: `${name}: CPU per request, server / PostgreSQL (floor ${floor.serverMs} / ${floor.postgresMs ?? 'n/a'})`, value: `${run.serverMs} / ${run.postgresMs ?? 'n/a'}`, unit: 'ms' });
      }
    }
  }
}

const lat = (l: LatencySummary) => `${l.p50}/${l.p95}/${l.p99}`;
