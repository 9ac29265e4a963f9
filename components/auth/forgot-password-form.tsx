'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { forgotPasswordAction } from '@/app/[locale]/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useFormMessages } from '@/components/forms/use-form-messages';

export function ForgotPasswordForm() {
  const t = useTranslations('passwordReset');
  const [state, action, pending] = useActionState(forgotPasswordAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-muted px-4 py-3 text-sm leading-relaxed">
        {t('requestSent', { email: state.data.email })}
      </p>
    );
  }
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <Field id="email" label={t('email')} errors={fieldErrors('email')}>
        {(aria) => <Input {...aria} name="email" defaultValue={values?.email} type="email" autoComplete="email" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('requestSubmit')}
      </Button>
    </form>
  );
}
