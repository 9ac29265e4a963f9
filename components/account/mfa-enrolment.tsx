'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { beginMfaAction, confirmMfaAction } from '@/app/[locale]/(app)/account/security/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RecoveryCodes } from './recovery-codes';

type Props = { pending: { secret: string; qrDataUrl: string } | null; doneHref: string };

/** Setting up the authenticator app: start (a new secret), scan or type it, confirm with a first code. */
export function MfaEnrolment({ pending, doneHref }: Props) {
  const t = useTranslations('security');
  const [state, confirm, confirming] = useActionState(confirmMfaAction, null);
  const { formError, fieldErrors } = useFormMessages(state);
  if (state?.ok) return <RecoveryCodes codes={state.data.recoveryCodes} doneHref={doneHref} />;
  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-lg font-semibold">{t('howTitle')}</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm leading-relaxed">
          <li>{t('step1')}</li>
          <li>{t('step2')}</li>
          <li>{t('step3')}</li>
        </ol>
      </div>
      {pending ? (
        <>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL rendered on the server */}
          <img src={pending.qrDataUrl} alt={t('qrAlt')} width={208} height={208} className="rounded border border-border bg-white" />
          <div className="space-y-1.5">
            <p className="text-sm" id="totp-secret-label">
              {t('manualLabel')}
            </p>
            <p aria-labelledby="totp-secret-label" className="break-all font-mono text-base tracking-wider" data-testid="totp-secret">
              {pending.secret.match(/.{1,4}/g)?.join(' ')}
            </p>
          </div>
          <form action={confirm} className="space-y-4" noValidate>
            {formError && <Alert>{formError}</Alert>}
            <Field id="code" label={t('codeLabel')} hint={t('codeHint')} errors={fieldErrors('code')}>
              {(aria) => <Input {...aria} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} className="max-w-48" required />}
            </Field>
            <Button type="submit" disabled={confirming}>
              {confirming ? t('submitting') : t('confirm')}
            </Button>
          </form>
          <StartButton label={t('restart')} variant="outline" />
        </>
      ) : (
        <StartButton label={t('start')} />
      )}
    </div>
  );
}

function StartButton({ label, variant }: { label: string; variant?: 'outline' }) {
  const [state, begin, starting] = useActionState(beginMfaAction, null);
  const { formError } = useFormMessages(state);
  return (
    <form action={begin} className="space-y-3">
      {formError && <Alert>{formError}</Alert>}
      <Button type="submit" variant={variant} disabled={starting}>
        {label}
      </Button>
    </form>
  );
}
