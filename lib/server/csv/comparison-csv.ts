import 'server-only';
import { downtimeFor, pick, type Locale } from '@/components/answers/answer-form';
import { formatDuration, type DurationTranslate } from '@/components/answers/duration';
import { formatFact } from '@/components/answers/fact-display';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { factItems, indexAnswers, answerKey, riskDecision, type ComparisonAnswer } from '@/lib/domain/comparison';
import { toCsv, type CsvValue } from '@/lib/domain/csv';
import type { Comparison } from '../comparison';
import { translatorFor } from '../translator';

/**
 * The comparison as one CSV file in the user's language: first every answer (one row per item × candidate,
 * full memo and risk decision), then, after a blank line, the comparison table (figures per candidate).
 */
export function comparisonCsv(data: Comparison, locale: Locale): string {
  const t = translatorFor(locale, 'compare');
  const a = translatorFor(locale, 'answers');
  const words = { yes: a('facts.yes'), no: a('facts.no'), noneSelected: a('facts.noneSelected') };
  const duration = translatorFor(locale, 'answers.downtime') as unknown as DurationTranslate;
  const answers = indexAnswers(data.answers);
  const { template, candidates } = data;
  const downtimeText = (item: ChecklistItem, answer: ComparisonAnswer) =>
    (downtimeFor(item, answer.facts) ?? []).map((r) => t(r.period === 'month' ? 'facts.downtimeMonth' : 'facts.downtimeYear', { duration: formatDuration(r.seconds, duration) }));
  const factsText = (item: ChecklistItem, answer: ComparisonAnswer) =>
    [
      ...item.facts.flatMap((f) => (answer.facts[f.key] === undefined ? [] : [`${pick(f.label, locale)}: ${formatFact(f, answer.facts[f.key]!, locale, words)}`])),
      ...downtimeText(item, answer).map((d) => `${t('facts.downtime')}: ${d}`),
    ].join(' / ');
  const risk = (x: ComparisonAnswer) => {
    const r = riskDecision(x);
    return r === null ? '' : a(r === 'accepted' ? 'risk.acceptedSummary' : r === 'rejected' ? 'risk.rejectedSummary' : 'risk.undecidedSummary');
  };

  const rows: CsvValue[][] = [
    [t('csv.group'), t('csv.number'), t('csv.question'), t('csv.candidate'), t('csv.status'), t('csv.memo'), t('csv.risk'), t('csv.riskReason'), t('csv.riskMitigation'), t('csv.facts')],
  ];
  for (const item of template.items) {
    for (const c of candidates) {
      const x = answers.get(answerKey(c.id, item.key));
      rows.push([
        item.group,
        item.number,
        pick(item.question, locale),
        c.name,
        a(x ? `status.${x.status}` : 'status.none'),
        x?.memo ?? '',
        x ? risk(x) : '',
        x?.riskReason ?? '',
        x?.riskMitigation ?? '',
        x ? factsText(item, x) : '',
      ]);
    }
  }

  rows.push([], [t('csv.comparisonSection')], [t('csv.question'), t('facts.field'), ...candidates.map((c) => c.name)]);
  rows.push(['', t('csv.answered'), ...candidates.map((c) => t('csv.answeredValue', { answered: c.progress.answered, total: c.progress.total }))]);
  for (const g of template.groups) rows.push(['', t('csv.openRisks', { group: g.key }), ...candidates.map((c) => c.progress.openRisksByGroup[g.key] ?? 0)]);
  for (const item of factItems(template)) {
    const label = `(${item.number}) ${pick(item.question, locale)}`;
    for (const f of item.facts) {
      rows.push([label, pick(f.label, locale), ...candidates.map((c) => {
        const v = answers.get(answerKey(c.id, item.key))?.facts[f.key];
        return v === undefined ? '' : formatFact(f, v, locale, words);
      })]);
    }
    if (item.facts.some((f) => f.kind === 'percent' && f.downtime)) {
      rows.push([label, t('facts.downtime'), ...candidates.map((c) => {
        const x = answers.get(answerKey(c.id, item.key));
        return x ? downtimeText(item, x).join(' / ') : '';
      })]);
    }
  }
  return toCsv(rows);
}
