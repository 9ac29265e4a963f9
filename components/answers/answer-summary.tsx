import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { downtimeFor, pick, type Locale } from './answer-form';
import type { AnswerSnapshot } from './answer-snapshot';
import { DowntimeNote } from './downtime-note';
import { formatFact } from './fact-display';

/** Who saved an answer and when, in the viewer's language and the company's time zone. */
export function useSavedBy() {
  const t = useTranslations('answers');
  const format = useFormatter();
  return (a: Pick<AnswerSnapshot, 'updatedAt' | 'updatedByName'>) => ({
    name: a.updatedByName ?? t('formerMember'),
    time: format.dateTime(new Date(a.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
  });
}

/**
 * One saved answer, read-only: for advisors, for locked decisions, and for "the other version" in a conflict.
 * Everything the user wrote is rendered as text (whitespace kept), never as markup.
 */
export function AnswerSummary({ item, answer, headingLevel = 4 }: { item: ChecklistItem; answer: AnswerSnapshot | null; headingLevel?: 3 | 4 | 5 }) {
  const t = useTranslations('answers');
  const locale = useLocale() as Locale;
  const savedBy = useSavedBy();
  if (!answer) return <p className="text-sm text-muted-foreground">{t('status.none')}</p>;
  const H = `h${headingLevel}` as const;
  const words = { yes: t('facts.yes'), no: t('facts.no'), noneSelected: t('facts.noneSelected') };
  const facts = item.facts.flatMap((f) => {
    const value = answer.facts[f.key];
    return value === undefined ? [] : [{ key: f.key, label: pick(f.label, locale), text: formatFact(f, value, locale, words) }];
  });
  const ticked = item.subPoints.filter((s) => answer.subPoints.includes(s.key));
  return (
    <div className="space-y-3 text-sm">
      <p className="text-base font-semibold" data-testid="answer-status">
        {t(`status.${answer.status}`)}
      </p>
      {answer.memo && (
        <div>
          <H className="text-xs font-medium text-muted-foreground">{t('memo')}</H>
          <p className="whitespace-pre-wrap break-words" data-testid="answer-memo">
            {answer.memo}
          </p>
        </div>
      )}
      {facts.length > 0 && (
        <dl className="space-y-1">
          {facts.map((f) => (
            <div key={f.key}>
              <dt className="text-xs text-muted-foreground">{f.label}</dt>
              <dd className="break-words">{f.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <DowntimeNote rows={downtimeFor(item, answer.facts)} />
      {item.subPoints.length > 0 && (
        <div>
          <H className="text-xs font-medium text-muted-foreground">{t('pointsChecked', { checked: ticked.length, total: item.subPoints.length })}</H>
          {ticked.length > 0 && (
            <ul className="mt-1 list-disc space-y-1 pl-5 text-xs">
              {ticked.map((s) => (
                <li key={s.key}>{pick(s.text, locale)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {answer.status === 'CONCERN' && (
        <div className="space-y-1 rounded-md border border-border p-3">
          <H className="font-medium">
            {answer.riskAcceptable === true ? t('risk.acceptedSummary') : answer.riskAcceptable === false ? t('risk.rejectedSummary') : t('risk.undecidedSummary')}
          </H>
          {answer.riskReason && (
            <p className="whitespace-pre-wrap break-words">
              <span className="block text-xs text-muted-foreground">{t('risk.reason')}</span>
              {answer.riskReason}
            </p>
          )}
          {answer.riskMitigation && (
            <p className="whitespace-pre-wrap break-words">
              <span className="block text-xs text-muted-foreground">{t('risk.mitigation')}</span>
              {answer.riskMitigation}
            </p>
          )}
        </div>
      )}
      <p className="text-xs text-muted-foreground">{t('lastSaved', savedBy(answer))}</p>
    </div>
  );
}
