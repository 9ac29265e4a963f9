// The mixed workload of parts 5 and 7: signed-in IT owners who view pages (70%), save answers (25%) and
// download the PDF (5%). Each user edits an answer of its own with the version it last saw, and logs every
// save the server acknowledged, so acknowledged writes can be checked against the database afterwards.
import { callAction, type SaveReply } from './action';
import type { Bench } from './context';
import { runUsers, timedGet, type Outcome } from './load';
import { ITEM_KEYS } from './seed-bench';
import { rng } from './stats';

export type Ack = { slot: string; version: number; memo: string };

export async function mixedLoad(b: Bench, users: number, durationMs: number, seed: number) {
  if (users > b.cookies.editors.length) throw new Error(`only ${b.cookies.editors.length} editors seeded`);
  const { load, view } = b.data;
  const versions = await currentVersions(b);
  const acks: Ack[] = [];
  const random = rng(seed);
  const base = b.server.baseUrl;
  const d3 = view.id;
  let seq = 0;

  const step = async (u: number): Promise<Outcome> => {
    const cookie = b.cookies.editors[u]!;
    const candidateId = load.candidateIds[u % load.candidateIds.length]!;
    const itemKey = ITEM_KEYS[Math.floor(u / load.candidateIds.length) % ITEM_KEYS.length]!;
    const slot = `${candidateId}/${itemKey}`;
    const r = random();
    if (r < 0.7) {
      const views = ['/dashboard', `/decisions/${d3}`, `/decisions/${d3}/compare`, `/decisions/${load.id}/items/${itemKey}`];
      return timedGet(base + views[Math.floor(random() * views.length)]!, cookie);
    }
    if (r < 0.95) {
      const memo = `負荷試験の保存 ${u}-${++seq}`;
      const start = Date.now();
      try {
        const call = await callAction({
          baseUrl: base,
          pagePath: `/decisions/${load.id}/items/${itemKey}`,
          id: b.saveActionId,
          cookie,
          args: [{ decisionId: load.id, candidateId, itemKey, expectedVersion: versions.get(slot) ?? 0, input: { status: 'CONFIRMED', memo } }],
          signal: AbortSignal.timeout(30_000),
        });
        const result = call.result as SaveReply | undefined;
        if (result?.kind === 'saved' && result.answer) {
          versions.set(slot, result.answer.version);
          acks.push({ slot, version: result.answer.version, memo });
        } else if (result?.kind === 'conflict') {
          versions.set(slot, result.current?.version ?? 0); // someone (a save whose answer we never got) wrote first
        }
        const kind = result?.kind === 'saved' ? 'saved' : result?.kind === 'conflict' ? 'conflict' : 'error';
        return { kind: 'save', status: call.status, ms: call.ms, start, end: Date.now(), result: kind };
      } catch {
        return { kind: 'save', status: 0, ms: Date.now() - start, start, end: Date.now(), result: 'error' };
      }
    }
    return timedGet(`${base}/decisions/${d3}/pdf`, cookie, 'pdf');
  };

  const log = await runUsers(users, durationMs, step);
  return { log, acks };
}

async function currentVersions(b: Bench) {
  const { rows } = await b.admin.query<{ candidate_id: string; item_key: string; version: number }>(
    `SELECT candidate_id, item_key, version FROM answer WHERE decision_id = $1`,
    [b.data.load.id],
  );
  return new Map(rows.map((r) => [`${r.candidate_id}/${r.item_key}`, r.version]));
}

/**
 * Acknowledged writes missing from the database: for every slot, the last acknowledged version must be there
 * with its memo, or a later version must have replaced it (a save the client never heard back from).
 */
export async function lostAcknowledgedWrites(b: Bench, acks: readonly Ack[]) {
  const { rows } = await b.admin.query<{ candidate_id: string; item_key: string; version: number; memo: string }>(
    `SELECT candidate_id, item_key, version, memo FROM answer WHERE decision_id = $1`,
    [b.data.load.id],
  );
  const stored = new Map(rows.map((r) => [`${r.candidate_id}/${r.item_key}`, r]));
  let lost = 0;
  // Two acknowledgements of the same version of one answer: one of them was overwritten without being told.
  const seen = new Set<string>();
  for (const ack of acks) {
    const key = `${ack.slot}@${ack.version}`;
    if (seen.has(key)) lost++;
    seen.add(key);
  }
  for (const ack of acks) {
    const row = stored.get(ack.slot);
    if (!row || row.version < ack.version || (row.version === ack.version && row.memo !== ack.memo)) lost++;
  }
  return lost;
}
