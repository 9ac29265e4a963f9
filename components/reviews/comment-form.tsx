'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { addCommentAction } from '@/app/[locale]/(app)/decisions/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';

/** Post a comment on a decision or one of its items; open to every role, advisors included. */
export function CommentForm({ decisionId, itemKey, idPrefix }: { decisionId: string; itemKey?: string; idPrefix: string }) {
  const t = useTranslations('reviews.comments');
  const tf = useTranslations('reviews.form');
  const [state, action] = useActionState(addCommentAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const typed = state && !state.ok ? state.values?.body : undefined;
  return (
    <form key={state?.ok ? Math.random() : 'comment'} action={action} className="space-y-3" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" name="decisionId" value={decisionId} />
      {itemKey && <input type="hidden" name="itemKey" value={itemKey} />}
      <Field id={`${idPrefix}-comment`} label={t('body')} errors={fieldErrors('body')}>
        {(aria) => <Textarea {...aria} name="body" defaultValue={typed} rows={3} maxLength={4000} />}
      </Field>
      <SubmitButton variant="outline" pendingLabel={tf('saving')}>
        {t('post')}
      </SubmitButton>
    </form>
  );
}
