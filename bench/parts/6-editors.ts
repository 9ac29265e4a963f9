// Part 6: 50 clients (25 with --quick) save the same answer at once, each with the version it last saw, retrying after a conflict
// with the version the server reported. Every write must be persisted or answered as a conflict: versions form
// one unbroken chain and the stored memo is the last acknowledged one.
import { callAction, type SaveReply } from '../action';
import type { Bench } from '../context';

export async function editors(b: Bench) {
  const clients = b.quick ? 25 : 50; // --quick: conflicts grow with the square of the clients
  const { id, candidateId } = b.data.contested;
  const itemKey = 'item-01';
  const acks: { version: number; memo: string }[] = [];
  let conflicts = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      let expectedVersion = 0;
      for (let attempt = 0; attempt < 60; attempt++) {
        const memo = `同時編集 ${c}-${attempt}`;
        const call = await callAction({
          baseUrl: b.server.baseUrl,
          pagePath: `/decisions/${id}/items/${itemKey}`,
          id: b.saveActionId,
          cookie: b.cookies.editors[c]!,
          args: [{ decisionId: id, candidateId, itemKey, expectedVersion, input: { status: 'CONFIRMED', memo } }],
        }).catch(() => ({ status: 0, result: undefined }));
        const r = call.result as SaveReply | undefined;
        if (r?.kind === 'saved' && r.answer) return void acks.push({ version: r.answer.version, memo });
        if (r?.kind === 'conflict') {
          conflicts++;
          expectedVersion = r.current?.version ?? 0;
        } else failures++;
      }
    }),
  );
  const { rows } = await b.admin.query<{ version: number; memo: string }>(`SELECT version, memo FROM answer WHERE candidate_id = $1 AND item_key = $2`, [candidateId, itemKey]);
  const stored = rows[0];
  const { rows: audit } = await b.admin.query<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE target = $1 AND action = 'answer.saved'`, [`decision:${id}`]);
  const versions = acks.map((a) => a.version).sort((x, y) => x - y);
  const chain = versions.every((v, i) => v === i + 1);
  const last = acks.find((a) => a.version === stored?.version);
  // Lost: acknowledged but not in the chain (duplicate or missing version), or the stored row is not the last ack.
  const lost = acks.length - new Set(versions).size + (stored?.version === acks.length && last?.memo === stored?.memo ? 0 : 1) + (chain ? 0 : 1);
  b.report.add({ part: '6', key: 'editors.clients', label: `${clients} clients saving one answer: saves acknowledged / conflicts answered / other failures`, value: `${acks.length} / ${conflicts} / ${failures}`, unit: '' });
  b.report.add({ part: '6', key: 'editors.versions', label: 'acknowledged versions form 1…n without gaps or repeats; stored version; audit rows', value: `${chain ? 'yes' : 'no'}; v${stored?.version ?? 0}; ${audit[0]!.n}`, unit: '', target: 'yes; vn; n', ok: chain && stored?.version === acks.length && Number(audit[0]!.n) === acks.length });
  b.report.add({ part: '6', key: 'editors.lost', label: 'lost updates', value: lost, unit: '', target: '0', ok: lost === 0 });
}
