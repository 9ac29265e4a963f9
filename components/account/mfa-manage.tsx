'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { disableMfaAction, regenerateRecoveryCodesAction } from '@/app/[locale]/(app)/account/security/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RecoveryCodes } from './recovery-codes';

/** Two-step sign-in is on: new recovery codes, and turning it off (unless the company requires it). */
export function MfaManage({ requiredByCompany, doneHref }: { requiredByCompany: boolean; doneHref: string }) {
  const t = useTranslations('security');
  return (
    <div className="space-y-6">
      <RegenerateCodes doneHref={doneHref} />
      <Card aria-labelledby="disable-title">
        <CardTitle id="disable-title">{t('disableTitle')}</CardTitle>
        {requiredByCompany ? <p className="mt-3 text-sm">{t('requiredNote')}</p> : <DisableForm />}
      </Card>
    </div>
  );
}

function RegenerateCodes({ doneHref }: { doneHref: string }) {
  const t = useTranslations('security');
  const [state, action, pending] = useActionState(regenerateRecoveryCodesAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  if (state?.ok) return <RecoveryCodes codes={state.data.recoveryCodes} doneHref={doneHref} />;
  return (
    <Card aria-labelledby="regenerate-title">
      <CardTitle id="regenerate-title">{t('regenerateTitle')}</CardTitle>
      <p className="mt-2 text-sm text-muted-foreground">{t('regenerateBody')}</p>
      <form action={action} className="mt-4 space-y-4" noValidate>
        {formError && <Alert>{formError}</Alert>}
        <Field id="regenerate-code" label={t('codeLabel')} errors={fieldErrors('code')}>
          {(aria) => <Input {...aria} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} className="max-w-48" required />}
        </Field>
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? t('submitting') : t('regenerate')}
        </Button>
      </form>
    </Card>
  );
}

function DisableForm() {
  const t = useTranslations('security');
  const [state, action, pending] = useActionState(disableMfaAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <p className="text-sm text-muted-foreground">{t('disableBody')}</p>
      {formError && <Alert>{formError}</Alert>}
      <Field id="codeOrPassword" label={t('proofLabel')} errors={fieldErrors('codeOrPassword')}>
        {(aria) => <Input {...aria} name="codeOrPassword" type="password" autoComplete="current-password" className="max-w-sm" required />}
      </Field>
      <Button type="submit" variant="outline" disabled={pending}>
        {pending ? t('submitting') : t('disable')}
      </Button>
    </form>
  );
}
