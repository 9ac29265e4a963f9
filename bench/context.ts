import type pg from 'pg';
import type { Report } from './report';
import type { BenchData } from './seed-bench';
import type { ServerHandle } from './server';

/** What every part of the benchmark gets. */
export type Bench = {
  quick: boolean;
  server: ServerHandle;
  data: BenchData;
  /** Session cookies (signed with the server's AUTH_SECRET), as a browser would send them. */
  cookies: { manager: string; editors: string[] };
  /** Owner connection to the benchmark database: statement statistics, bulk seeding, checks. */
  admin: pg.Pool;
  report: Report;
  saveActionId: string;
  /** Stops and starts the embedded PostgreSQL (part 7); null with an external DATABASE_URL. */
  restartDatabase: ((downMs: number) => Promise<{ stoppedAt: number; readyAt: number }>) | null;
  /** PostgreSQL's postmaster process, for CPU accounting (null with an external database). */
  postmasterPid: () => number | null;
  seconds: (full: number, quick: number) => number;
};

/** The measured pages: dashboard, decision page and comparison page of the 3-candidate decision. */
export function pages(b: Bench) {
  const d3 = b.data.decisions[3].id;
  return { dashboard: '/dashboard', decision: `/decisions/${d3}`, compare: `/decisions/${d3}/compare` } as const;
}
