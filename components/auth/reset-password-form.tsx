'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { resetPasswordAction } from '@/app/[locale]/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Link } from '@/i18n/navigation';
import { useFormMessages } from '@/components/forms/use-form-messages';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('passwordReset');
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const linkDead = state && !state.ok && state.formError === 'resetLinkInvalid';
  return (
    <form action={action} className="space-y-5" noValidate>
      {formError && (
        <Alert>
          <p>{formError}</p>
          {linkDead && (
            <p className="mt-2">
              <Link href="/forgot-password" className="font-medium underline">
                {t('requestAgain')}
              </Link>
            </p>
          )}
        </Alert>
      )}
      <input type="hidden" name="token" value={token} />
      <Field id="password" label={t('password')} hint={t('passwordHint')} errors={fieldErrors('password')}>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Field id="confirmPassword" label={t('confirmPassword')} errors={fieldErrors('confirmPassword')}>
        {(aria) => <Input {...aria} name="confirmPassword" type="password" autoComplete="new-password" required />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('resetSubmit')}
      </Button>
    </form>
  );
}
