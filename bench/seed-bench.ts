// The measured company: written through the real data layer (validation, versions, audit events), so the
// pages the benchmark requests look exactly like real use. Needs DATABASE_URL set before it is imported.
import { randomUUID } from 'node:crypto';
import { ipa2011 } from '../lib/domain/checklist/ipa-2011';
import { signUpCompany } from '../lib/server/accounts';
import { saveAnswer } from '../lib/server/answers';
import { addCandidate } from '../lib/server/candidates';
import { addComment } from '../lib/server/comments';
import { createDecision } from '../lib/server/decisions';
import { hashPassword } from '../lib/server/passwords';
import { withTenant, type TenantContext } from '../lib/server/tenant';

export type BenchUser = { userId: string; companyId: string; sessionVersion: number };
/**
 * Two companies. The measured one looks like a typical customer (a manager, two IT owners, an advisor);
 * its pages and PDFs are timed in parts 1–4. The load company has the many IT owners the load tests need
 * (parts 5–7), so their member lists do not inflate the measured pages.
 */
export type BenchData = {
  manager: BenchUser;
  /** Fully answered decisions by number of candidates (1, 3, 10): pages and PDFs are measured on these. */
  decisions: Record<1 | 3 | 10, { id: string; candidateIds: string[] }>;
  /** IT owners of the load company: one per simulated user of the load tests (they save answers). */
  editors: BenchUser[];
  /** The load company's 3-candidate decision, fully answered: what its users view. */
  view: { id: string };
  /** Ten candidates × 14 items: every simulated user edits a slot of its own during the mixed load. */
  load: { id: string; candidateIds: string[] };
  /** One candidate: the 50 concurrent editors all save its first item. */
  contested: { id: string; candidateId: string };
};

/** The checklist's item keys, from the template itself. */
export const ITEM_KEYS = ipa2011.items.map((item) => item.key);

const MEMOS = [
  '利用規約と料金表を確認した。月額料金は利用者数に応じて増えるが、5年間の総額は自社でサーバーを持つ場合より安い。',
  '事業者のサポート窓口は平日9時から18時まで。障害時はメールと電話の両方で連絡が取れることを担当者に確認した。',
  'データは国内のデータセンターに保存される。バックアップは毎日取得され、30日分が保管されると説明を受けた。',
  '退職者のアカウントを止める手順を社内で決め、管理者画面から利用者ごとに権限を変えられることを確かめた。',
];

export function memo(n: number, candidate: number) {
  return `${MEMOS[(n + candidate) % MEMOS.length]}（候補${candidate + 1}・項目${n}）`;
}

function answerInput(n: number, candidate: number) {
  if (n === 2) return { status: 'CONFIRMED', memo: memo(n, candidate), facts: { initialCost: 10_000 * candidate, monthlyCost: 3_000 + 500 * candidate, users: 10 } };
  if (n === 10) return { status: 'CONFIRMED', memo: memo(n, candidate), facts: { availabilityPercent: 99.9, availabilityPeriod: 'month' } };
  if (n === 6 && candidate % 2 === 1) {
    return { status: 'CONCERN', memo: memo(n, candidate), riskAcceptable: true, riskReason: '利用者が少なく、退職時は経営層が必ず把握できるため。', riskMitigation: '退職手続きのチェックリストに「アカウント停止」を加える。' };
  }
  return { status: 'CONFIRMED', memo: memo(n, candidate) };
}

const PASSWORD = 'Kumo Bench パスワード 2026!';

/** A company with its manager and `members` more people (IT owners unless given), and a decision maker. */
async function company(name: string, members: { role: 'IT_OWNER' | 'ADVISOR' }[]) {
  const claims = await signUpCompany({ companyName: name, name: '計測 太郎', email: `manager-${randomUUID()}@bench.kumo-check.example`, password: PASSWORD, locale: 'ja' });
  const manager: TenantContext = { userId: claims.userId, companyId: claims.companyId, role: 'MANAGER' };
  const passwordHash = await hashPassword(PASSWORD); // one hash for all members: they never sign in with it
  const people: TenantContext[] = [];
  for (const [i, m] of members.entries()) {
    const person: TenantContext = { userId: randomUUID(), companyId: claims.companyId, role: m.role };
    // RLS lets a session create only its own user row, so each member is written in its own context.
    await withTenant(person, async (tx) => {
      await tx.user.create({ data: { id: person.userId, email: `member-${i}-${person.userId}@bench.kumo-check.example`, name: `IT担当 ${i + 1}`, passwordHash } });
      await tx.membership.create({ data: { id: randomUUID(), companyId: person.companyId, userId: person.userId, role: m.role } });
    });
    people.push(person);
  }
  const answerer = people.find((p) => p.role === 'IT_OWNER')!;

  async function decision(title: string, candidates: number, answered: boolean) {
    const { id } = await createDecision(manager, {
      title,
      scopeBusiness: '請求書の発行、入金の管理、月次の決算',
      scopeInformation: '取引先の名前・住所・口座、請求金額、売上と経費の記録',
      needs: ['cut-overhead', 'remote-access'],
      needsNote: '経理担当が在宅でも作業できるようにしたい',
      importance: ['privacy', 'trade-secret'],
      importanceNote: '取引先の口座情報を含む',
    });
    const candidateIds: string[] = [];
    for (let c = 0; c < candidates; c++) {
      const { id: cid } = await addCandidate(manager, id, { name: `クラウド会計 候補${c + 1}`, provider: `サービス事業者${c + 1}株式会社`, url: `https://example.com/c${c + 1}`, category: '会計', plan: 'ビジネス', priceNotes: `月額 ${3_000 + 500 * c}円` });
      candidateIds.push(cid);
    }
    if (answered) {
      for (const [c, candidateId] of candidateIds.entries()) {
        for (const [i, itemKey] of ITEM_KEYS.entries()) {
          await saveAnswer(answerer, { decisionId: id, candidateId, itemKey, expectedVersion: 0, input: answerInput(i + 1, c) });
        }
      }
      await addComment(manager, id, { itemKey: 'item-06' }, '退職者のアカウント停止の手順は、来月の会議で決めましょう。');
      await addComment(answerer, id, {}, 'すべての候補について、14項目の確認が終わりました。');
    }
    return { id, candidateIds };
  }
  const user = (ctx: TenantContext): BenchUser => ({ userId: ctx.userId, companyId: ctx.companyId, sessionVersion: claims.sessionVersion });
  return { manager: user(manager), people: people.map(user), decision };
}

export async function seedBench(editorCount: number): Promise<BenchData> {
  const measured = await company('ベンチマーク商事株式会社', [{ role: 'IT_OWNER' }, { role: 'IT_OWNER' }, { role: 'ADVISOR' }]);
  const decisions = {
    1: await measured.decision('会計ソフト（候補1社）', 1, true),
    3: await measured.decision('会計ソフト（候補3社）', 3, true),
    10: await measured.decision('会計ソフト（候補10社）', 10, true),
  };
  const loadCompany = await company('負荷試験工業株式会社', Array.from({ length: editorCount }, () => ({ role: 'IT_OWNER' as const })));
  const view = await loadCompany.decision('会計ソフト（負荷試験）', 3, true);
  const load = await loadCompany.decision('負荷試験用の検討', 10, true);
  const contested = await loadCompany.decision('同時編集の検討', 1, false);
  return {
    manager: measured.manager,
    decisions,
    editors: loadCompany.people,
    view: { id: view.id },
    load,
    contested: { id: contested.id, candidateId: contested.candidateIds[0]! },
  };
}
