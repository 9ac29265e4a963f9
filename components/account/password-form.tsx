'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/app/[locale]/(app)/account/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

export function PasswordForm({ changed }: { changed: boolean }) {
  const t = useTranslations('account');
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  return (
    <form action={action} className="mt-4 space-y-5" noValidate>
      {changed && !state && (
        <p role="status" className="rounded-md bg-muted px-4 py-3 text-sm">
          {t('passwordChanged')}
        </p>
      )}
      {formError && <Alert>{formError}</Alert>}
      <Field id="currentPassword" label={t('currentPassword')} errors={fieldErrors('currentPassword')}>
        {(aria) => <Input {...aria} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field id="newPassword" label={t('newPassword')} hint={t('passwordHint')} errors={fieldErrors('newPassword')}>
        {(aria) => <Input {...aria} name="newPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="confirmPassword" label={t('confirmPassword')} errors={fieldErrors('confirmPassword')}>
        {(aria) => <Input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('changePassword')}
      </Button>
    </form>
  );
}
