// `npm test`: everything, in the order that fails fastest — types, unit + integration (real PostgreSQL),
// a fresh production build, then e2e in a real Chromium against that build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const steps: [string, string, string[]][] = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['unit + integration', bin('vitest'), ['run']],
  ['production build', bin('next'), ['build']],
  ['e2e', bin('playwright'), ['test']],
];

for (const [label, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  console.log(`${status === 0 ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (status !== 0) process.exit(status ?? 1);
}
