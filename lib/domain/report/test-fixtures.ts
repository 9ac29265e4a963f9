// Sample report inputs for the report and PDF tests: a company with several candidates, memos with characters
// outside the basic plane (𠮷), old-form kanji (髙), an emoji, markup and a very long memo.
import { ipa2011 } from '../checklist/ipa-2011';
import { SNAPSHOT_SCHEMA, type DecisionSnapshot, type SnapshotAnswer } from '../signoff/snapshot';
import type { ReportInput, ReportLocale } from './types';

export const LONG_MEMO = Array.from({ length: 60 }, (_, i) => `第${i + 1}節：事業者の約款を読み、データの保存場所と解約時の削除方法を確認した。`)
  .join('')
  .padEnd(3000, 'あ')
  .slice(0, 3000);

const candidateNames = ['𠮷野クラウド会計', '髙橋ストレージ', 'Example Mail Pro', 'サービスD', 'サービスE', 'サービスF', 'サービスG', 'サービスH', 'サービスI', 'サービスJ'];

export function sampleInput(opts: { candidates?: number; locale?: ReportLocale; signed?: boolean } = {}): ReportInput {
  const { candidates: n = 3, locale = 'ja', signed = true } = opts;
  const candidates = candidateNames.slice(0, n).map((name, i) => ({
    id: `cand-${i + 1}`,
    position: i + 1,
    name,
    provider: `株式会社プロバイダ${i + 1}`,
    url: `https://example.com/service-${i + 1}`,
    category: '会計',
    plan: 'スタンダード',
    priceNotes: '月額3,000円／人',
  }));
  const answers: SnapshotAnswer[] = [];
  for (const c of candidates) {
    for (const item of ipa2011.items) {
      if (c.position === 2 && item.number > 12) continue; // two items left unanswered
      const concern = item.number === 13 || (c.position === 2 && item.number === 5);
      answers.push({
        candidateId: c.id,
        itemKey: item.key,
        status: concern ? 'CONCERN' : item.number === 8 ? 'NOT_APPLICABLE' : 'CONFIRMED',
        memo: memoFor(c.position, item.number),
        facts: factsFor(item.number),
        subPoints: item.subPoints.slice(0, 2).map((s) => s.key),
        riskAcceptable: concern ? (c.position === 1 ? true : null) : null,
        riskReason: concern && c.position === 1 ? '解約時はCSVで書き出せるため' : '',
        riskMitigation: concern && c.position === 1 ? '毎月バックアップを取る' : '',
        updatedByName: '髙木 一郎',
        updatedAt: '2026-12-01T03:00:00.000Z',
      });
    }
  }
  const snapshot: DecisionSnapshot = {
    schema: SNAPSHOT_SCHEMA,
    company: { id: 'co-1', name: '株式会社𠮷田製作所' },
    decision: {
      id: 'dec-1',
      title: '会計業務のクラウド化',
      revision: 2,
      scopeBusiness: '経理・給与計算',
      scopeInformation: '取引先情報と従業員の給与データ',
      needs: { selected: ['cut-overhead', 'easier-backup'], note: 'サーバ更新が来年' },
      infoImportance: { selected: ['privacy'], note: '' },
      template: { key: ipa2011.key, version: ipa2011.version },
    },
    candidates,
    answers,
  };
  return {
    snapshot,
    template: ipa2011,
    locale,
    signatures: signed
      ? [
          { role: 'IT_OWNER', name: '髙木 一郎', signedAt: '2026-12-02T01:00:00.000Z' },
          { role: 'MANAGER', name: '𠮷田 花子', signedAt: '2026-12-03T05:30:00.000Z', comment: '𠮷野クラウド会計を採用します。' },
        ]
      : [],
    verdict: signed ? 'APPROVED' : null,
    chosenCandidateId: signed ? 'cand-1' : null,
    auditTrail: [
      { at: '2026-12-01T03:00:00.000Z', actor: '髙木 一郎', action: '項目(1)の回答を保存しました' },
      { at: '2026-12-03T05:30:00.000Z', actor: '𠮷田 花子', action: '承認しました' },
    ],
    hash: signed ? 'a3f1c9e07b2d4c6f8e9a0b1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f6' : null,
    verifyUrl: signed ? 'https://kumo.example.jp/verify/a3f1c9e07b2d4c6f' : null,
  };
}

function memoFor(candidate: number, item: number): string {
  if (candidate === 1 && item === 1) return '𠮷野さんに確認済み。髙橋部長も同意。👍 <script>alert("x")</script>';
  if (candidate === 1 && item === 2) return LONG_MEMO;
  return `候補${candidate}の項目${item}について確認しました。`;
}

function factsFor(item: number): Record<string, number | string | boolean | string[]> {
  if (item === 2) return { initialCost: 1_200_000, monthlyCost: 30_000, users: 12, pricingModel: 'per-user' };
  if (item === 9) return { listedCompany: true, yearsInBusiness: 15 };
  if (item === 10) return { availabilityPercent: 99.9, availabilityPeriod: 'year' };
  if (item === 11) return { certifications: ['isms', 'pmark'] };
  return {};
}
