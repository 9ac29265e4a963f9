'use client';
import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import type { ActionResult } from '@/lib/server/action';

type Action = (prev: unknown, fd: FormData) => Promise<ActionResult<unknown>>;

/** One sign-off step: hidden decision + revision, an optional comment, extra fields, and a submit button. */
export function StepForm(props: {
  action: Action;
  decisionId: string;
  revision: number;
  label: string;
  idPrefix: string;
  comment?: boolean;
  variant?: 'default' | 'outline';
  children?: ReactNode;
}) {
  const t = useTranslations('signoff');
  const [state, action] = useActionState(props.action, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const errors = [...(fieldErrors('chosenCandidateId') ?? []), ...(fieldErrors('_form') ?? [])];
  return (
    <form action={action} className="space-y-3" noValidate>
      {(formError || errors.length > 0) && <Alert>{formError ?? errors.join(' ')}</Alert>}
      <input type="hidden" name="decisionId" value={props.decisionId} />
      <input type="hidden" name="revision" value={props.revision} />
      {props.children}
      {props.comment && (
        <Field id={`${props.idPrefix}-comment`} label={t('comment')} errors={fieldErrors('comment')}>
          {(aria) => <Textarea {...aria} name="comment" rows={2} maxLength={2000} />}
        </Field>
      )}
      <SubmitButton variant={props.variant} pendingLabel={t('saving')}>
        {props.label}
      </SubmitButton>
    </form>
  );
}
