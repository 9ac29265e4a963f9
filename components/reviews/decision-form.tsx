'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createDecisionAction, updateDecisionAction } from '@/app/[locale]/(app)/decisions/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';

type Option = { key: string; label: string };
type Props = {
  needs: { key: string; title: string; options: Option[] }[];
  importance: Option[];
  initial?: {
    id: string;
    version: number;
    title: string;
    scopeBusiness: string;
    scopeInformation: string;
    needs: string[];
    needsNote: string;
    importance: string[];
    importanceNote: string;
  };
};

/** Create or edit a decision (検討案件): scope (item 1), needs (section 3), importance (item 3). */
export function DecisionForm({ needs, importance, initial }: Props) {
  const t = useTranslations('reviews.form');
  const [state, action] = useActionState(initial ? updateDecisionAction : createDecisionAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  // After a refused save, show what the user typed rather than the stored values.
  const typed = state && !state.ok ? state.values : undefined;
  const v = (key: keyof NonNullable<Props['initial']>) => typed?.[key] ?? (initial ? String(initial[key]) : '');
  return (
    <form action={action} className="space-y-6" noValidate>
      {formError && <Alert>{formError}</Alert>}
      {initial && (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
      <Field id="title" label={t('title')} hint={t('titleHint')} errors={fieldErrors('title')}>
        {(aria) => <Input {...aria} name="title" defaultValue={v('title')} maxLength={200} required />}
      </Field>
      <Field id="scopeBusiness" label={t('scopeBusiness')} hint={t('scopeBusinessHint')} errors={fieldErrors('scopeBusiness')}>
        {(aria) => <Textarea {...aria} name="scopeBusiness" defaultValue={v('scopeBusiness')} rows={3} />}
      </Field>
      <Field id="scopeInformation" label={t('scopeInformation')} hint={t('scopeInformationHint')} errors={fieldErrors('scopeInformation')}>
        {(aria) => <Textarea {...aria} name="scopeInformation" defaultValue={v('scopeInformation')} rows={3} />}
      </Field>
      <fieldset className="space-y-4 rounded-lg border border-border p-4">
        <legend className="px-1 font-semibold">{t('needs')}</legend>
        <p className="text-sm text-muted-foreground">{t('needsHint')}</p>
        {needs.map((n) => (
          <CheckboxGroup key={n.key} legend={n.title} name="needs" options={n.options} checked={initial?.needs ?? []} />
        ))}
        <Field id="needsNote" label={t('needsNote')} errors={fieldErrors('needsNote')}>
          {(aria) => <Textarea {...aria} name="needsNote" defaultValue={v('needsNote')} rows={2} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-border p-4">
        <legend className="px-1 font-semibold">{t('importance')}</legend>
        <CheckboxGroup legend={t('importanceHint')} name="importance" options={importance} checked={initial?.importance ?? []} />
        <Field id="importanceNote" label={t('importanceNote')} errors={fieldErrors('importanceNote')}>
          {(aria) => <Textarea {...aria} name="importanceNote" defaultValue={v('importanceNote')} rows={2} />}
        </Field>
      </fieldset>
      <SubmitButton pendingLabel={t('saving')}>{initial ? t('save') : t('create')}</SubmitButton>
    </form>
  );
}
