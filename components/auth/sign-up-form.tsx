'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signUpAction } from '@/app/[locale]/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useFormMessages } from '@/components/forms/use-form-messages';

export function SignUpForm() {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signUpAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const values = state && !state.ok ? state.values : undefined;
  // defaultValue from the submitted form keeps what the user typed when the server refuses it.
  return (
    <form action={action} className="space-y-5" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <Field id="companyName" label={t('companyName')} errors={fieldErrors('companyName')}>
        {(aria) => <Input {...aria} name="companyName" defaultValue={values?.companyName} autoComplete="organization" maxLength={200} required />}
      </Field>
      <Field id="name" label={t('yourName')} errors={fieldErrors('name')}>
        {(aria) => <Input {...aria} name="name" defaultValue={values?.name} autoComplete="name" maxLength={100} required />}
      </Field>
      <Field id="email" label={t('email')} errors={fieldErrors('email')}>
        {(aria) => <Input {...aria} name="email" defaultValue={values?.email} type="email" autoComplete="email" required />}
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} errors={fieldErrors('password')}>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('signUpSubmit')}
      </Button>
    </form>
  );
}
