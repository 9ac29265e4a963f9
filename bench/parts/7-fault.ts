// Part 7: PostgreSQL is stopped and started again while 50 users keep working. Reported: how long until
// requests succeed again, what the outage looked like to clients (503 from the breaker vs 500), and whether
// any write the server acknowledged is missing afterwards. The app server is never restarted.
import type { Bench } from '../context';
import { lostAcknowledgedWrites, mixedLoad } from '../mixed';
import { round, sleep } from '../stats';

export async function fault(b: Bench) {
  if (!b.restartDatabase) {
    b.report.add({ part: '7', key: 'fault.skipped', label: 'database restart under load', value: null, unit: '', note: 'needs the embedded database (DATABASE_URL is set)' });
    return;
  }
  const restartDatabase = b.restartDatabase;
  const durationMs = b.seconds(30, 12) * 1000;
  const downMs = 3_000;
  const pid = b.server.pid;
  let window: { stoppedAt: number; readyAt: number } | undefined;
  const restart = (async () => {
    await sleep(durationMs / 4);
    window = await restartDatabase(downMs);
  })();
  const { log, acks } = await mixedLoad(b, 50, durationMs, 7);
  await restart;
  const { stoppedAt, readyAt } = window!;
  const recovered = log.filter((o) => o.status === 200 && o.start >= readyAt).sort((x, y) => x.end - y.end)[0];
  const recoveredAt = recovered?.end ?? NaN;
  const during = log.filter((o) => o.end >= stoppedAt && o.start <= recoveredAt);
  const s500 = during.filter((o) => o.status >= 500 && o.status !== 503).length;
  const s503 = during.filter((o) => o.status === 503).length;
  const failed = during.filter((o) => o.status === 0).length;
  const lost = await lostAcknowledgedWrites(b, acks);
  const health = await fetch(`${b.server.baseUrl}/api/health`).then((r) => r.status).catch(() => 0);
  const sameProcess = b.server.alive() && b.server.pid === pid && health === 200;
  b.report.add({ part: '7', key: 'fault.downSeconds', label: 'PostgreSQL down (stop → ready again)', value: round((readyAt - stoppedAt) / 1000, 1), unit: 's' });
  b.report.add({ part: '7', key: 'fault.recoverySeconds', label: 'requests succeed again, after PostgreSQL is ready', value: round((recoveredAt - readyAt) / 1000, 2), unit: 's', target: '≤ 5', ok: recoveredAt - readyAt <= 5_000 });
  b.report.add({ part: '7', key: 'fault.unavailableSeconds', label: 'total time without a successful request', value: round((recoveredAt - stoppedAt) / 1000, 1), unit: 's' });
  b.report.add({ part: '7', key: 'fault.errors', label: 'during the outage: 503 (breaker/busy) / 500 / failed connections', value: `${s503} / ${s500} / ${failed}`, unit: '', note: `of ${during.length} requests` });
  b.report.add({ part: '7', key: 'fault.acknowledged', label: 'acknowledged saves during the run', value: acks.length, unit: '' });
  b.report.add({ part: '7', key: 'fault.lostWrites', label: 'lost acknowledged writes', value: lost, unit: '', target: '0', ok: lost === 0 });
  b.report.add({ part: '7', key: 'fault.sameProcess', label: 'server recovered without a restart (same process, health 200)', value: sameProcess ? 'yes' : 'no', unit: '', target: 'yes', ok: sameProcess });
}
