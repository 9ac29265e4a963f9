'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveProfileAction } from '@/app/[locale]/(app)/account/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type Props = { name: string; email: string; locale: 'ja' | 'en'; saved: boolean };

export function ProfileForm({ name, email, locale, saved }: Props) {
  const t = useTranslations('account');
  const languages = useTranslations('common.languages');
  const [state, action, pending] = useActionState(saveProfileAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="mt-4 space-y-5" noValidate>
      {saved && !state && (
        <p role="status" className="rounded-md bg-muted px-4 py-3 text-sm">
          {t('profileSaved')}
        </p>
      )}
      {formError && <Alert>{formError}</Alert>}
      <Field id="name" label={t('name')} errors={fieldErrors('name')}>
        {(aria) => <Input {...aria} name="name" defaultValue={values?.name ?? name} autoComplete="name" maxLength={100} required />}
      </Field>
      <Field id="account-email" label={t('email')} hint={t('emailNote')}>
        {(aria) => <Input {...aria} value={email} readOnly className="bg-muted" />}
      </Field>
      <Field id="locale" label={t('language')} hint={t('languageHint')} errors={fieldErrors('locale')}>
        {(aria) => (
          <select
            {...aria}
            name="locale"
            defaultValue={values?.locale ?? locale}
            className="flex h-10 w-full max-w-xs rounded-md border border-input bg-background px-3 py-2 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <option value="ja" lang="ja">
              {languages('ja')}
            </option>
            <option value="en" lang="en">
              {languages('en')}
            </option>
          </select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('saveProfile')}
      </Button>
    </form>
  );
}
