// CPU time spent by the app server and by PostgreSQL, read from /proc: it says whether a page's cost is in the
// database or in rendering, which throughput alone cannot tell.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_MS = 100 / 1000; // Linux USER_HZ is 100

function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

/** The postmaster and its children (backends, writers): PostgreSQL's whole CPU use. */
function postgresPids(postmasterPid: number | null): number[] {
  if (!postmasterPid) return [];
  const pids = [postmasterPid];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === postmasterPid) pids.push(Number(name));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return pids;
}

export type CpuMeter = { stop: (requests: number) => { serverMsPerRequest: number; postgresMsPerRequest: number | null } };

export function startCpuMeter(serverPid: number, postmasterPid: number | null): CpuMeter {
  const server0 = cpuTicks(serverPid);
  const pg0 = new Map(postgresPids(postmasterPid).map((pid) => [pid, cpuTicks(pid)]));
  return {
    stop: (requests) => {
      const server = (cpuTicks(serverPid) - server0) / TICKS_PER_MS;
      // Per process: a backend that ended during the run (idle pool connections close after 30 s) drops out
      // instead of making the sum negative; a new one counts from zero.
      const pg = postgresPids(postmasterPid).reduce((sum, pid) => sum + Math.max(0, cpuTicks(pid) - (pg0.get(pid) ?? 0)), 0);
      const n = Math.max(1, requests);
      return { serverMsPerRequest: server / n, postgresMsPerRequest: postmasterPid ? pg / TICKS_PER_MS / n : null };
    },
  };
}
