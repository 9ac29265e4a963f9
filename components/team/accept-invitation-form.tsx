'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { acceptNewAccountAction } from '@/app/[locale]/invite/[token]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useTeamMessages } from './use-team-messages';

/** A newcomer chooses name and password; the email is the invitation's and is shown, not asked for. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations('invite');
  const [state, action, pending] = useActionState(acceptNewAccountAction, null);
  const { formError, fieldErrors, values } = useTeamMessages(state, ['token']);
  return (
    <form action={action} className="space-y-5" noValidate>
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="name" label={t('name')} errors={fieldErrors('name')}>
        {(aria) => <Input {...aria} name="name" defaultValue={values?.name} autoComplete="name" maxLength={100} required />}
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} errors={fieldErrors('password')}>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
