import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { LONG_MEMO, sampleInput } from './test-fixtures';
import type { ReportModel } from './types';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const detail = (m: ReportModel, candidate: number, itemNumber: number) =>
  m.details[candidate]!.groups.flatMap((g) => g.items).find((i) => i.title.startsWith(`(${itemNumber}) `))!;
const value = (item: { fields: { label: string; value: string }[] }, label: string) => item.fields.find((f) => f.label === label)?.value;

describe('buildReport (Japanese, signed)', () => {
  const m = buildReport(sampleInput());

  it('puts company, decision, revision, chosen service, verdict and both signatures on the cover', () => {
    expect(m.draft).toBe(false);
    expect(m.cover.rows.map((r) => [r.label, r.value])).toEqual(
      expect.arrayContaining([
        ['会社名', '株式会社𠮷田製作所'],
        ['検討案件', '会計業務のクラウド化'],
        ['版', '第2版'],
        ['採用するサービス', '𠮷野クラウド会計'],
        ['結論', '承認（上記のサービスを採用します）'],
      ]),
    );
    expect(m.cover.signatures).toEqual([
      { role: 'IT担当者による確認', name: '髙木 一郎', at: '2026年12月2日 10:00（日本時間）', comment: null },
      { role: '経営層による承認', name: '𠮷田 花子', at: '2026年12月3日 14:30（日本時間）', comment: 'コメント：𠮷野クラウド会計を採用します。' },
    ]);
    expect(m.cover.verify?.url).toBe('https://kumo.example.jp/verify/a3f1c9e07b2d4c6f');
    expect(m.cover.hash?.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('dates the document from the last signature and puts revision and hash in the footer', () => {
    expect(m.info.creationDate).toBe('2026-12-03T05:30:00.000Z');
    expect(m.footer.text).toBe(`第2版　内容ハッシュ ${m.cover.hash!.value}`);
    expect(m.footer.draftBanner).toBeNull();
    expect(m.footer.pageTemplate).toBe('{page} / {total}');
  });

  it('compares every item for every candidate, with answered counts and open risks per group', () => {
    expect(m.comparison.columns).toEqual(['𠮷野クラウド会計（採用）', '髙橋ストレージ', 'Example Mail Pro']);
    const rows = m.comparison.groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(14);
    expect(rows[0]!.label).toBe('(1) 利用範囲の明確化');
    expect(m.comparison.groups[2]!.heading).toBe('グループC：クラウドサービスの提供条件等についての確認項目');
    expect(rows[12]!.cells).toEqual(['懸念あり（許容）', '未回答', '懸念あり（判断前）']);
    expect(rows[4]!.cells[1]).toBe('懸念あり（判断前）');
    expect(rows[7]!.cells[0]).toBe('該当なし');
    const [answered, risks] = m.comparison.summary;
    expect(answered!.cells).toEqual(['14 / 14', '12 / 14', '14 / 14']);
    // Accepted risks are closed; undecided ones stay open in their group.
    expect(risks!.cells).toEqual(['A：0件\nB：0件\nC：0件', 'A：0件\nB：1件\nC：0件', 'A：0件\nB：0件\nC：1件']);
  });

  it('lists each item per candidate with status, ticked points, formatted facts, memo and risk decision', () => {
    const item2 = detail(m, 0, 2);
    expect(value(item2, '確認状況')).toBe('確認済み');
    expect(value(item2, '確認したポイント')).toBe('2 / 6');
    expect(value(item2, '確認した数値・事実')).toBe('初期費用：1,200,000円\n月額利用料：30,000円\n想定利用者数：12人\n料金体系：利用者数に応じた月額');
    expect(value(item2, 'メモ')).toBe(LONG_MEMO);
    expect(value(detail(m, 0, 10), '確認した数値・事実')).toBe(
      '稼働率保証：99.9%（停止が許される時間の目安：1年あたり 8時間45分36秒）\n稼働率の計算単位：年単位',
    );
    const item13 = detail(m, 0, 13);
    expect(value(item13, '確認状況')).toBe('未確認・懸念あり');
    expect(value(item13, '残るリスクの判断')).toBe('許容できる');
    expect(value(item13, '理由')).toBe('解約時はCSVで書き出せるため');
    expect(value(item13, '対策')).toBe('毎月バックアップを取る');
    expect(value(detail(m, 2, 13), '残るリスクの判断')).toBe('まだ判断していません');
    expect(detail(m, 1, 14).fields).toEqual([{ label: '確認状況', value: '未回答' }]);
  });

  it('keeps user text exactly as typed (no markup handling here)', () => {
    expect(value(detail(m, 0, 1), 'メモ')).toBe('𠮷野さんに確認済み。髙橋部長も同意。👍 <script>alert("x")</script>');
  });

  it('resolves needs and information importance to the template’s wording', () => {
    const lines = m.scope.sections.flatMap((s) => s.lines);
    expect(lines).toContain('・業務効率について：ITで行う業務の効率を上げて間接コストを圧縮したい');
    expect(lines).toContain('補足：サーバ更新が来年');
    expect(lines).toContain('・プライバシーに係る情報（個人情報等）を含む');
  });

  it('lists the audit trail in Japan time', () => {
    expect(m.audit.rows[1]).toEqual(['2026年12月3日 14:30（日本時間）', '𠮷田 花子', '承認しました']);
  });
});

describe('buildReport (other states and English)', () => {
  it('marks an unsigned report as a draft with a fixed date', () => {
    const m = buildReport(sampleInput({ signed: false }));
    expect(m.draft).toBe(true);
    expect(m.info.creationDate).toBe('2000-01-01T00:00:00.000Z');
    expect(m.footer.text).toBe('第2版　下書き（未承認）／DRAFT — not signed');
    expect(m.footer.draftBanner).toBe('下書き DRAFT');
    expect(m.cover.draftNote).toContain('下書き');
    expect(m.cover.signatures.map((s) => s.name)).toEqual(['未署名', '未署名']);
    expect(m.cover.rows.find((r) => r.label === '採用するサービス')?.value).toBe('まだ決まっていません');
    expect(m.cover.verify).toBeNull();
  });

  it('says no candidate is adopted when the manager rejected all', () => {
    const m = buildReport({ ...sampleInput(), verdict: 'REJECTED', chosenCandidateId: null });
    expect(m.cover.rows.find((r) => r.label === '採用するサービス')?.value).toBe('なし（どの候補も採用しない）');
    expect(m.comparison.columns[0]).toBe('𠮷野クラウド会計');
  });

  it('writes every label in English, with English units and durations', () => {
    const m = buildReport(sampleInput({ locale: 'en' }));
    const labels = [
      m.cover.title,
      ...m.cover.rows.map((r) => r.label),
      ...m.cover.signatures.flatMap((s) => [s.role, s.at]),
      m.comparison.title,
      m.comparison.itemHeader,
      ...m.comparison.groups.flatMap((g) => [g.heading, ...g.rows.map((r) => r.label), ...g.rows.flatMap((r) => r.cells)]),
      ...m.comparison.summary.flatMap((s) => [s.label, ...s.cells]),
      ...m.details[0]!.groups.flatMap((g) => g.items.flatMap((i) => [i.title, ...i.fields.map((f) => f.label)])),
      ...m.audit.headers,
      m.footer.text,
    ];
    for (const label of labels) expect(label).not.toMatch(JAPANESE);
    expect(m.cover.signatures[1]!.at).toBe('3 December 2026 at 14:30 (Japan time)');
    expect(value(detail(m, 0, 2), 'Facts and figures')).toContain('Initial cost: 1,200,000 yen');
    expect(value(detail(m, 0, 10), 'Facts and figures')).toContain(
      'Guaranteed availability: 99.9% (Allowed downtime: Per year: 8 hours 45 minutes 36 seconds)',
    );
    expect(value(detail(m, 0, 2), 'Points checked')).toBe('2 of 6');
  });

  it('shows both downtime figures when the period is not known', () => {
    const input = sampleInput();
    const answers = input.snapshot.answers.map((a) =>
      a.itemKey === 'item-10' ? { ...a, facts: { availabilityPercent: 99.9 } } : a,
    );
    const m = buildReport({ ...input, snapshot: { ...input.snapshot, answers } });
    expect(value(detail(m, 0, 10), '確認した数値・事実')).toBe(
      '稼働率保証：99.9%（停止が許される時間の目安：1か月あたり 約43分50秒、1年あたり 8時間45分36秒）',
    );
  });

  it('does not depend on the order of candidates and answers in the snapshot', () => {
    const input = sampleInput();
    const shuffled = {
      ...input,
      snapshot: { ...input.snapshot, candidates: [...input.snapshot.candidates].reverse(), answers: [...input.snapshot.answers].reverse() },
    };
    expect(buildReport(shuffled)).toEqual(buildReport(input));
  });
});
