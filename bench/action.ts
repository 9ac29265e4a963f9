// Calls a Next.js server action over HTTP exactly as the browser does (Next-Action header, React's argument
// encoding for plain JSON values, the RSC response), so saves in the benchmark take the product's real path:
// authentication, validation, optimistic locking, audit, and the page re-render that follows a save.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The id Next gave an exported server action in this build (server-reference-manifest.json). */
export function actionId(distDir: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} not found in ${distDir}`);
  return found[0];
}

/** React's reply encoding for plain JSON arguments: strings starting with "$" are escaped as "$$". */
export function encodeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === 'string' && value.startsWith('$') ? `$${value}` : value));
}

/**
 * The action's return value from an RSC response: row 0 names it (`"a"`), either inline or as a reference
 * "$@<row>" to a later row. Rows are `<hex id>:<json>` lines.
 */
export function actionResult<T>(body: string): T | undefined {
  const rows = new Map<string, string>();
  for (const line of body.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m && !rows.has(m[1]!)) rows.set(m[1]!, m[2]!);
  }
  const head = rows.get('0');
  if (!head?.startsWith('{')) return undefined;
  const a = (JSON.parse(head) as { a?: unknown }).a;
  if (typeof a === 'string' && a.startsWith('$@')) {
    const row = rows.get(a.slice(2));
    return row?.startsWith('{') || row?.startsWith('[') ? (JSON.parse(row) as T) : undefined;
  }
  return a as T;
}

/** What saveAnswerAction returns, as far as the benchmark reads it (app/…/items/[itemKey]/actions.ts). */
export type SaveReply = { kind?: string; answer?: { version: number }; current?: { version: number } | null };

export type ActionCall = { status: number; result?: unknown; ms: number };

export async function callAction(opts: { baseUrl: string; pagePath: string; id: string; cookie: string; args: unknown[]; signal?: AbortSignal }): Promise<ActionCall> {
  const started = performance.now();
  const res = await fetch(opts.baseUrl + opts.pagePath, {
    method: 'POST',
    headers: {
      'Next-Action': opts.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: opts.baseUrl,
      Cookie: opts.cookie,
    },
    body: encodeArgs(opts.args),
    signal: opts.signal,
  });
  const text = await res.text();
  return { status: res.status, result: res.status === 200 ? actionResult(text) : undefined, ms: performance.now() - started };
}
