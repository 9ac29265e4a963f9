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
    <div className="overflow-x-auto print:overflow-visible" role="region" aria-labelledby="facts-caption" tabIndex={0}>
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm" data-testid="key-facts">
        <caption id="facts-caption" className="sr-only">
          {t('caption')}
        </caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="w-64 px-2 py-2 text-left">
              {t('field')}
            </th>
            {candidates.map((c) => (
              <th key={c.id} scope="col" className="px-2 py-2 text-left">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
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
      </table>
    </div>
  );
}
