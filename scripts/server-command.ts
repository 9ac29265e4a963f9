// How the production server process is started, shared by `npm start` and `npm run bench` so the benchmark
// measures exactly what runs in production.
import path from 'node:path';

/**
 * Node arguments for scripts/server.ts. The old-generation heap is capped (KUMO_MAX_HEAP_MB, default 512): V8
 * otherwise sizes it from the machine's memory and lets garbage pile up to gigabytes before collecting, while
 * the app's live data stays well under 200 MB (docs/performance.md, part 5).
 */
export function serverArgs(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const heapMb = Number(env.KUMO_MAX_HEAP_MB ?? 512);
  return [`--max-old-space-size=${Number.isInteger(heapMb) && heapMb >= 128 ? heapMb : 512}`, '--import', 'tsx', path.join(root, 'scripts', 'server.ts')];
}
