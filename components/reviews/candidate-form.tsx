'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { addCandidateAction, editCandidateAction } from '@/app/[locale]/(app)/decisions/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';

type Candidate = { id: string; version: number; name: string; provider: string; url: string; category: string; plan: string; priceNotes: string };
const fields = ['name', 'provider', 'url', 'category', 'plan'] as const;

/** Add a candidate to a decision, or edit one (with its version for optimistic locking). */
export function CandidateForm({ decisionId, candidate, idPrefix }: { decisionId: string; candidate?: Candidate; idPrefix: string }) {
  const t = useTranslations('reviews.candidates');
  const tf = useTranslations('reviews.form');
  const [state, action] = useActionState(candidate ? editCandidateAction : addCandidateAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const typed = state && !state.ok ? state.values : undefined;
  const value = (k: keyof Candidate) => typed?.[k] ?? (candidate ? String(candidate[k]) : '');
  // A successful add starts an empty form again (the key remounts it); a refused one keeps the input.
  const key = state?.ok ? JSON.stringify(state) + Math.random() : 'form';
  return (
    <form key={candidate ? 'edit' : key} action={action} className="space-y-4" noValidate>
      {formError && <Alert>{formError}</Alert>}
      {candidate ? (
        <>
          <input type="hidden" name="id" value={candidate.id} />
          <input type="hidden" name="version" value={candidate.version} />
        </>
      ) : (
        <input type="hidden" name="decisionId" value={decisionId} />
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((f) => (
          <Field key={f} id={`${idPrefix}-${f}`} label={t(f)} hint={f === 'category' ? t('categoryHint') : undefined} errors={fieldErrors(f)}>
            {(aria) => (
              <Input {...aria} name={f} type={f === 'url' ? 'url' : 'text'} defaultValue={value(f)} required={f === 'name'} maxLength={f === 'url' ? 2000 : 200} />
            )}
          </Field>
        ))}
      </div>
      <Field id={`${idPrefix}-priceNotes`} label={t('priceNotes')} errors={fieldErrors('priceNotes')}>
        {(aria) => <Textarea {...aria} name="priceNotes" defaultValue={value('priceNotes')} rows={2} />}
      </Field>
      <SubmitButton pendingLabel={tf('saving')}>{candidate ? t('save') : t('add')}</SubmitButton>
    </form>
  );
}
