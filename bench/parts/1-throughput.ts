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

/**
 * Each page against its floor: the same page (same layout, same components, same data) rendered from data held
 * in memory, so the ratio is what database work costs. The shell floor (header and a card, no content) is
 * reported too: the distance to it is the page's own rendering (docs/performance.md).
 */
export async function throughput(b: Bench) {
  const seconds = b.seconds(10, 2);
  const measured = pages(b);
  const all = { shell: '/bench-floor', ...measured, ...Object.fromEntries(Object.entries(measured).map(([k, v]) => [`${k}Floor`, `/bench-floor${v}`])) };
  // Unmeasured first: the server loads each route's code on its first request, the JIT warms up, and the
  // floor pages take their data into memory.
  for (const path of Object.values(all)) await hammer(b, path, 10, b.seconds(4, 1));
  for (const connections of [10, 50]) {
    const shell = await hammer(b, all.shell, connections, seconds);
    b.report.add({ part: '1', key: `throughput.c${connections}.shell.rps`, label: `shell floor (layout only), ${connections} conn: req/s (p50/p95/p99 ${lat(shell.latency)} ms)`, value: round(shell.rps, 1), unit: 'req/s' });
    for (const [name, path] of Object.entries(measured)) {
      const floor = await hammer(b, `/bench-floor${path}`, connections, seconds);
      const run = await hammer(b, path, connections, seconds);
      const ratio = run.rps / floor.rps;
      const key = `throughput.c${connections}.${name}`;
      b.report.add({ part: '1', key: `${key}.rps`, label: `${name}, ${connections} conn: req/s (p50/p95/p99 ${lat(run.latency)} ms)`, value: round(run.rps, 1), unit: 'req/s' });
      b.report.add({ part: '1', key: `${key}.floor.rps`, label: `${name} from memory (floor), ${connections} conn: req/s (p50/p95/p99 ${lat(floor.latency)} ms)`, value: round(floor.rps, 1), unit: 'req/s' });
      for (const p of ['p50', 'p95', 'p99'] as const) {
        b.report.figures.push({ part: '1', key: `${key}.${p}`, label: `${name} ${p}`, value: run.latency[p], unit: 'ms', hidden: true });
      }
      b.report.add({ part: '1', key: `${key}.ratio`, label: `${name}, ${connections} conn: throughput / its floor's`, value: round(ratio, 2), unit: '×', target: '≥ 0.7', ok: ratio >= 0.7 });
      b.report.add({ part: '1', key: `${key}.shellRatio`, label: `${name}, ${connections} conn: throughput / shell floor's`, value: round(run.rps / shell.rps, 2), unit: '×' });
      if (connections === 10) {
        b.report.add({ part: '1', key: `${key}.cpu`, label: `${name}: CPU ms per request, server / PostgreSQL (floor ${floor.serverMs} / ${floor.postgresMs ?? 'n/a'}, shell ${shell.serverMs})`, value: `${run.serverMs} / ${run.postgresMs ?? 'n/a'}`, unit: 'ms' });
      }
      if (run.non2xx || run.errors || floor.non2xx || floor.errors) {
        b.report.add({ part: '1', key: `${key}.failures`, label: `${name}, ${connections} conn: non-2xx / errors (page; floor)`, value: `${run.non2xx} / ${run.errors}; ${floor.non2xx} / ${floor.errors}`, unit: '', target: '0', ok: false });
      }
    }
  }
}

const lat = (l: LatencySummary) => `${l.p50}/${l.p95}/${l.p99}`;
