import { signUpCompany } from '../lib/server/accounts';
import { saveAnswer } from '../lib/server/answers';
import { assignAllItems } from '../lib/server/assignments';
import { addCandidate } from '../lib/server/candidates';
import { db } from '../lib/server/db';
import { createDecision } from '../lib/server/decisions';
import { hashPassword } from '../lib/server/passwords';
import { approveRevision, confirmRevision, submitForSignOff } from '../lib/server/signoff';
import { withTenant, type TenantContext } from '../lib/server/tenant';

type Person = { email: string; name: string; password: string };
type Demo = { company: string; manager: Person; itOwner: Person };

const candidates = [
  { name: 'クラウド会計 はやぶさ', provider: 'はやぶさソフト株式会社', url: 'https://example.com/hayabusa', category: '会計', plan: 'ビジネス', priceNotes: '月額 3,980円（5ユーザーまで）' },
  { name: 'Books Cloud', provider: 'Books Inc.', url: 'https://example.com/books', category: '会計', plan: 'Standard', priceNotes: '年額 48,000円' },
  { name: 'さくら帳簿オンライン', provider: 'さくら情報サービス', url: 'https://example.com/sakura', category: '会計', plan: 'ライト', priceNotes: '初期費用 10,000円＋月額 2,500円' },
];

// How far each candidate is answered: the first is nearly done, the last just started.
const answered = [10, 6, 3];

export async function seedDemo(demo: Demo, uuid: () => string): Promise<boolean> {
  const existing = await db().$queryRaw<{ id: string }[]>`SELECT id FROM auth_user_by_email(${demo.manager.email})`;
  if (existing.length) return false;

  const claims = await signUpCompany({ companyName: demo.company, name: demo.manager.name, email: demo.manager.email, password: demo.manager.password, locale: 'ja' });
  const manager: TenantContext = { userId: claims.userId, companyId: claims.companyId, role: 'MANAGER' };
  const itOwner: TenantContext = { userId: uuid(), companyId: claims.companyId, role: 'IT_OWNER' };
  const passwordHash = await hashPassword(demo.itOwner.password);
  await withTenant(itOwner, async (tx) => {
    await tx.user.create({ data: { id: itOwner.userId, email: demo.itOwner.email, name: demo.itOwner.name, passwordHash } });
    await tx.membership.create({ data: { id: uuid(), companyId: itOwner.companyId, userId: itOwner.userId, role: 'IT_OWNER' } });
  });

  const { id: decisionId } = await createDecision(manager, {
    title: '会計ソフトをクラウドサービスにするか',
    scopeBusiness: '請求書の発行、入金の管理、月次の決算',
    scopeInformation: '取引先の名前・住所・口座、請求金額、売上と経費の記録',
    needs: ['cut-overhead', 'remote-access', 'cut-it-running-cost', 'easier-backup'],
    needsNote: '経理担当が在宅でも作業できるようにしたい',
    importance: ['privacy', 'trade-secret', 'loss-of-trust'],
    importanceNote: '取引先の口座情報を含むため、重要度は高い',
  });
  const ids: string[] = [];
  for (const c of candidates) ids.push((await addCandidate(manager, decisionId, c)).id);
  await assignAllItems(manager, decisionId, itOwner.userId);

  for (const [index, candidateId] of ids.entries()) {
    for (let n = 1; n <= answered[index]!; n++) {
      const itemKey = `item-${String(n).padStart(2, '0')}`;
      await saveAnswer(itOwner, { decisionId, candidateId, itemKey, expectedVersion: 0, input: demoAnswer(n, index) });
    }
  }
  await seedSignedDecision(manager, itOwner, demo);
  return true;
}

/** A second review that went all the way: every item answered for the chosen service, confirmed and approved. */
async function seedSignedDecision(manager: TenantContext, itOwner: TenantContext, demo: Demo) {
  const { id } = await createDecision(manager, {
    title: 'グループウェア（予定・掲示板）の導入',
    scopeBusiness: '社内の予定共有、会議室の予約、社内のお知らせ',
    scopeInformation: '社員の予定、会議の件名、社内向けのお知らせ',
    needs: ['remote-access', 'lighten-servers'],
    needsNote: '',
    importance: ['privacy'],
    importanceNote: '社員の予定には個人的な内容が含まれることがある',
  });
  const chosen = await addCandidate(manager, id, { name: 'チームカレンダー Cloud', provider: 'カレンダー株式会社', url: 'https://example.com/team-calendar', category: 'グループウェア', plan: 'スタンダード', priceNotes: '1ユーザー月額 600円' });
  await addCandidate(manager, id, { name: 'OfficeBoard', provider: 'OfficeBoard Ltd.', url: 'https://example.com/officeboard', category: 'グループウェア', plan: 'Business', priceNotes: '1ユーザー月額 900円' });
  for (let n = 1; n <= 14; n++) {
    const itemKey = `item-${String(n).padStart(2, '0')}`;
    await saveAnswer(itOwner, { decisionId: id, candidateId: chosen.id, itemKey, expectedVersion: 0, input: demoAnswer(n, 0) });
  }
  await submitForSignOff(itOwner, { decisionId: id, revision: 1 });
  await confirmRevision(itOwner, { decisionId: id, revision: 1, comment: 'すべての項目を確認しました。' }, demo.itOwner.name);
  await approveRevision(manager, { decisionId: id, revision: 1, chosenCandidateId: chosen.id, comment: '導入を承認します。' }, demo.manager.name);
}

function demoAnswer(n: number, candidate: number) {
  if (n === 2) {
    const costs = [
      { initialCost: 0, monthlyCost: 3980, users: 5 },
      { initialCost: 0, monthlyCost: 4000, users: 5 },
      { initialCost: 10000, monthlyCost: 2500, users: 3 },
    ][candidate];
    return { status: 'CONFIRMED', memo: '料金表を確認し、5年間の総額を自社サーバーの場合と比べた。', facts: costs };
  }
  if (n === 6 && candidate === 0) {
    return {
      status: 'CONCERN',
      memo: '退職者のアカウントを止める手順が社内で決まっていない。',
      riskAcceptable: true,
      riskReason: '利用者は5名で、退職時は経営層が必ず把握できるため。',
      riskMitigation: '退職手続きのチェックリストに「アカウント停止」を追加する。',
    };
  }
  if (n === 10) {
    return { status: 'CONFIRMED', memo: 'SLAで稼働率が保証されている。', facts: { availabilityPercent: 99.9, availabilityPeriod: 'month' } };
  }
  return { status: 'CONFIRMED', memo: `項目${n}を確認した。` };
}
