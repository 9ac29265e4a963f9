import { CandidateTable } from './candidate-table';
import { getLocale, getTranslations } from 'next-intl/server';
import { downtimeFor, pick, type Locale } from '@/components/answers/answer-form';
import { formatDuration, type DurationTranslate } from '@/components/answers/duration';
import { formatFact } from '@/components/answers/fact-display';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { answerKey, factItems, type ComparisonAnswer } from '@/lib/domain/comparison';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';

type Props = { template: ChecklistTemplate; candidates: { id: string; name: string }[]; answers: Map<string, ComparisonAnswer> };

/** Every recorded figure (cost, availability and allowed downtime, certifications, support, export, contract) side by side. */
export async function KeyFacts({ template, candidates, answers }: Props) {
  const t = await getTranslations('compare.facts');
  const a = await getTranslations('answers');
  const duration = (await getTranslations('answers.downtime')) as unknown as DurationTranslate;
  const locale = (await getLocale()) as Locale;
  const words = { yes: a('facts.yes'), no: a('facts.no'), noneSelected: a('facts.noneSelected') };
  const notRecorded = <span className="text-muted-foreground">{a('facts.notRecorded')}</span>;
  const factsOf = (c: { id: string }, item: ChecklistItem) => answers.get(answerKey(c.id, item.key))?.facts;
  return (
    <CandidateTable id="facts" caption={t('caption')} firstColumn={t('field')} candidates={candidates} testId="key-facts">
        {factItems(template).map((item) => (
          <tbody key={item.key}>
            <tr className="bg-muted">
              <th scope="colgroup" colSpan={candidates.length + 1} className="px-2 py-1.5 text-left font-semibold">
                ({item.number}) {pick(item.question, locale)}
              </th>
            </tr>
            {item.facts.map((f) => (
              <tr key={f.key} className="break-inside-avoid border-b border-border align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {pick(f.label, locale)}
                </th>
                {candidates.map((c) => {
                  const v = factsOf(c, item)?.[f.key];
                  return (
                    <td key={c.id} className="break-words px-2 py-1.5">
                      {v === undefined ? notRecorded : formatFact(f, v, locale, words)}
                    </td>
                  );
                })}
              </tr>
            ))}
            {item.facts.some((f) => f.kind === 'percent' && f.downtime) && (
              <tr className="break-inside-avoid border-b border-border align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {t('downtime')}
                </th>
                {candidates.map((c) => {
                  const rows = downtimeFor(item, factsOf(c, item) ?? {});
                  return (
                    <td key={c.id} className="px-2 py-1.5 font-medium" data-testid={`downtime-${c.name}`}>
                      {rows
                        ? rows.map((r) => (
                            <span key={r.period} className="block">
                              {t(r.period === 'month' ? 'downtimeMonth' : 'downtimeYear', { duration: formatDuration(r.seconds, duration) })}
                            </span>
                          ))
                        : notRecorded}
                    </td>
                  );
                })}
              </tr>
            )}
          </tbody>
        ))}
    </CandidateTable>
  );
}
