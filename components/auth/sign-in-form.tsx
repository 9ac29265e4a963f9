'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction } from '@/app/[locale]/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useFormMessages } from './use-form-messages';

export function SignInForm() {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signInAction, null);
  const { formError } = useFormMessages(state);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <Field id="email" label={t('email')}>
        {(aria) => <Input {...aria} name="email" defaultValue={values?.email} type="email" autoComplete="username" required />}
      </Field>
      <Field id="password" label={t('password')}>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('signInSubmit')}
      </Button>
    </form>
  );
}
