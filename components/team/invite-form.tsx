'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { inviteAction } from '@/app/[locale]/(app)/members/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { roles } from '@/lib/domain/permissions';
import { useTeamMessages } from './use-team-messages';

/** The invitation's language defaults to the inviter's UI language; the invitee may read the other one. */
export function InviteForm({ defaultLocale }: { defaultLocale: 'ja' | 'en' }) {
  const t = useTranslations('team.invite');
  const roleNames = useTranslations('app.roles');
  const [state, action, pending] = useActionState(inviteAction, null);
  const { formError, fieldErrors, values } = useTeamMessages(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <Alert>{formError}</Alert>}
      {state?.ok && (
        <p role="status" className="rounded-md bg-muted px-4 py-3 text-sm">
          {t('sent', { email: state.data.email })}
        </p>
      )}
      <Field id="invite-email" label={t('email')} errors={fieldErrors('email')}>
        {(aria) => <Input {...aria} name="email" type="email" autoComplete="off" defaultValue={values?.email} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="invite-role" label={t('role')} errors={fieldErrors('role')}>
          {(aria) => (
            <NativeSelect {...aria} key={values?.role} name="role" defaultValue={values?.role ?? 'IT_OWNER'}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleNames(role)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field id="invite-locale" label={t('locale')} errors={fieldErrors('locale')}>
          {(aria) => (
            <NativeSelect {...aria} key={values?.locale} name="locale" defaultValue={values?.locale ?? defaultLocale}>
              <option value="ja">{t('locales.ja')}</option>
              <option value="en">{t('locales.en')}</option>
            </NativeSelect>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
