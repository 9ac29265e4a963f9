'use client';
import { useId, useState, useTransition } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { saveAnswerAction } from '@/app/[locale]/(app)/decisions/[id]/items/[itemKey]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import { MEMO_MAX } from '@/lib/schemas/answer';
import { cn } from '@/lib/utils';
import { downtimeFor, inputFromValues, sameValues, valuesFromAnswer, type AnswerFormValues, type Locale, type RawFact } from './answer-form';
import type { AnswerSnapshot } from './answer-snapshot';
import { useSavedBy } from './answer-summary';
import { ConflictPanel } from './conflict-panel';
import { CountedTextarea } from './counted-textarea';
import { DowntimeNote } from './downtime-note';
import { FactInput } from './fact-input';
import { RiskFields } from './risk-fields';
import { StatusField } from './status-field';
import { SubPointsField } from './sub-points-field';
import { useCatalogKeys } from './use-catalog-keys';

export type CandidateHeader = { id: string; name: string; provider: string; plan: string };
type Props = { decisionId: string; item: ChecklistItem; candidate: CandidateHeader; answer: AnswerSnapshot | null; riskGuidance?: string };
type Failure = { formError?: string; fieldErrors?: Record<string, string[]> };

// Fields the form shows next to a control; any other field error is listed in the form's own alert.
const placed = (field: string) => ['status', 'memo', 'subPoints', 'riskAcceptable', 'riskReason', 'riskMitigation'].includes(field) || field.startsWith('facts.');

/**
 * One candidate's answer to one item, saved on its own. The form holds exactly what was typed: a refused save
 * or a conflict never clears it. Saves name the version this editor last saw, so a save made elsewhere in
 * between comes back as a conflict with that other version instead of being overwritten.
 */
export function AnswerEditor({ decisionId, item, candidate, answer, riskGuidance }: Props) {
  const t = useTranslations('answers');
  const locale = useLocale() as Locale;
  const keys = useCatalogKeys();
  const savedBy = useSavedBy();
  const uid = useId();
  const id = (key: string) => `${uid}-${key}`;
  const [base, setBase] = useState(answer);
  const [values, setValues] = useState(() => valuesFromAnswer(item, answer));
  const [conflict, setConflict] = useState<{ current: AnswerSnapshot | null } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<'saved' | 'taken' | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = !sameValues(values, valuesFromAnswer(item, base));

  // The page re-renders after every save on it; a newer version saved elsewhere replaces an untouched form.
  const [seenVersion, setSeenVersion] = useState(answer?.version ?? 0);
  if ((answer?.version ?? 0) !== seenVersion) {
    setSeenVersion(answer?.version ?? 0);
    if (!dirty && !conflict && (answer?.version ?? 0) > (base?.version ?? 0)) {
      setBase(answer);
      setValues(valuesFromAnswer(item, answer));
    }
  }

  const update = (patch: Partial<AnswerFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setNotice(null);
  };
  const setFact = (key: string, raw: RawFact) => {
    setValues((v) => ({ ...v, facts: { ...v.facts, [key]: raw } }));
    setNotice(null);
  };
  const errors = (field: string) => failure?.fieldErrors?.[field]?.map(keys.field);
  const otherErrors = Object.entries(failure?.fieldErrors ?? {}).filter(([field]) => !placed(field));

  function save() {
    const sent = values;
    // After a conflict the user has seen the other version: saving now replaces exactly that version.
    const expectedVersion = conflict ? (conflict.current?.version ?? 0) : (base?.version ?? 0);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof saveAnswerAction>>;
      try {
        result = await saveAnswerAction({ decisionId, candidateId: candidate.id, itemKey: item.key, expectedVersion, input: inputFromValues(item, sent) });
      } catch {
        result = { kind: 'error', formError: 'unexpected' };
      }
      if (result.kind === 'saved') {
        const saved = result.answer;
        setBase(saved);
        setConflict(null);
        setFailure(null);
        setNotice('saved');
        // Show the stored form of what was sent (100,000 -> 100000) unless the user typed on meanwhile.
        setValues((current) => (current === sent ? valuesFromAnswer(item, saved) : current));
      } else if (result.kind === 'conflict') {
        setConflict({ current: result.current });
        setFailure(null);
        setNotice(null);
      } else {
        setFailure(result);
        setNotice(null);
      }
    });
  }

  function takeTheirs() {
    const current = conflict?.current ?? null;
    setBase(current);
    setValues(valuesFromAnswer(item, current));
    setConflict(null);
    setFailure(null);
    setNotice('taken');
  }

  // In a conflict the card widens (two of three columns on wide screens) so both versions sit side by side.
  return (
    <section aria-labelledby={id('name')} className={cn('rounded-lg border border-border bg-card p-4 shadow-sm', conflict && 'col-span-full xl:col-span-2')}>
      <header className="mb-3 border-b border-border pb-2">
        <h3 id={id('name')} className="text-lg font-semibold break-words">
          {candidate.name}
        </h3>
        {(candidate.provider || candidate.plan) && (
          <p className="text-xs text-muted-foreground break-words">{[candidate.provider, candidate.plan].filter(Boolean).join(' / ')}</p>
        )}
        <p className="mt-1 text-xs text-muted-foreground">{base ? t('lastSaved', savedBy(base)) : t('notSavedYet')}</p>
      </header>
      <div className={cn(conflict && 'grid gap-6 md:grid-cols-2')}>
        {conflict && <ConflictPanel item={item} current={conflict.current} onTake={takeTheirs} />}
        <form
          noValidate
          className="space-y-4"
          aria-busy={pending}
          onSubmit={(e) => {
            e.preventDefault();
            if (!pending) save();
          }}
        >
          {conflict && <h4 className="font-semibold">{t('conflict.yours')}</h4>}
          {failure && (
            <Alert>
              <p>{failure.formError ? keys.form(failure.formError) : t('checkFields')}</p>
              {otherErrors.map(([field, list]) => (
                <p key={field}>{list.map(keys.field).join(' ')}</p>
              ))}
            </Alert>
          )}
          <StatusField id={id('status')} value={values.status} errors={errors('status')} onChange={(status) => update({ status })} />
          {values.status === 'CONCERN' && (
            <RiskFields id={id('risk')} values={values} guidance={riskGuidance} errors={errors} onChange={update} />
          )}
          <CountedTextarea
            id={id('memo')}
            label={t('memo')}
            hint={t('memoHint')}
            value={values.memo}
            max={MEMO_MAX}
            errors={errors('memo')}
            onChange={(memo) => update({ memo })}
          />
          {item.facts.length > 0 && (
            <fieldset className="space-y-3">
              <legend className="text-sm font-semibold">{t('facts.legend')}</legend>
              <p className="text-xs text-muted-foreground">{t('facts.optional')}</p>
              {item.facts.map((field) => (
                <FactInput
                  key={field.key}
                  field={field}
                  id={id(`fact-${field.key}`)}
                  value={values.facts[field.key] ?? ''}
                  locale={locale}
                  errors={errors(`facts.${field.key}`)}
                  onChange={(raw) => setFact(field.key, raw)}
                />
              ))}
              <DowntimeNote rows={downtimeFor(item, values.facts)} live />
            </fieldset>
          )}
          <SubPointsField
            id={id('points')}
            points={item.subPoints}
            value={values.subPoints}
            locale={locale}
            errors={errors('subPoints')}
            onChange={(subPoints) => update({ subPoints })}
          />
          <div className="flex flex-wrap items-center gap-3 border-t border-border pt-3">
            <Button type="submit" disabled={pending}>
              {pending ? t('saving') : t('save')}
            </Button>
            {dirty && !pending && <span className="text-xs text-muted-foreground">{t('unsaved')}</span>}
          </div>
          <p role="status" className="text-sm">
            {notice === 'saved' && base ? t('saved', savedBy(base)) : notice === 'taken' ? t('conflict.taken') : ''}
          </p>
        </form>
      </div>
    </section>
  );
}
