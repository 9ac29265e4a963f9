// Starts the production server (scripts/server.ts, as `npm start` runs it) for the benchmark and watches its
// memory: peak RSS is sampled from /proc, which sees everything the process holds, native memory included.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { serverArgs } from '../scripts/server-command';
import { sleep } from './stats';

export type ServerHandle = { baseUrl: string; pid: number; rssMb: () => number; peakRssMb: () => number; resetPeak: () => void; alive: () => boolean; stop: () => Promise<void> };

export async function startServer(opts: { root: string; port: number; env: NodeJS.ProcessEnv; logFile: string; log: (s: string) => void }): Promise<ServerHandle> {
  const child: ChildProcess = spawn(process.execPath, serverArgs(opts.root, opts.env), {
    cwd: opts.root,
    env: { ...opts.env, PORT: String(opts.port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const file = createWriteStream(opts.logFile);
  const keep = (b: Buffer) => {
    file.write(b);
    tail.push(...b.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  child.on('exit', () => (exited = true));

  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`server exited while starting:\n${tail.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`server did not answer within 120 s:\n${tail.join('\n')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }

  const rss = () => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  let peak = rss();
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 200);
  opts.log(`server pid ${child.pid} on ${baseUrl}, log in ${opts.logFile}`);
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: rss,
    peakRssMb: () => Math.max(peak, rss()),
    resetPeak: () => (peak = rss()),
    alive: () => !exited,
    stop: async () => {
      clearInterval(sampler);
      if (exited) return;
      child.kill('SIGTERM');
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      if (!exited) child.kill('SIGKILL');
    },
  };
}
