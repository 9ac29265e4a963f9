'use client';
import { useActionState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { signInAction } from '@/app/[locale]/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useFormMessages } from '@/components/forms/use-form-messages';

/**
 * Email and password; then, when two-step sign-in is on, the code (the server's ticket carries step one).
 * next: where to go after signing in (checked again on the server; only same-site paths are followed).
 */
export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations('auth');
  const [state, action, pending] = useActionState(signInAction, null);
  const messages = useFormMessages(state);
  const nextField = next ? <input type="hidden" name="next" value={next} /> : null;
  if (state?.mfaTicket) {
    return <SecondStep ticket={state.mfaTicket} action={action} pending={pending} messages={messages} nextField={nextField} />;
  }
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      {messages.formError && <Alert>{messages.formError}</Alert>}
      {nextField}
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

type SecondStepProps = {
  ticket: string;
  action: (formData: FormData) => void;
  pending: boolean;
  messages: ReturnType<typeof useFormMessages>;
  nextField: ReactNode;
};

function SecondStep({ ticket, action, pending, messages, nextField }: SecondStepProps) {
  const t = useTranslations('twoStep');
  const locale = useLocale();
  return (
    <form action={action} className="space-y-5" noValidate aria-labelledby="two-step-title">
      <h2 id="two-step-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('lead')}</p>
      {messages.formError && <Alert>{messages.formError}</Alert>}
      <input type="hidden" name="mfaTicket" value={ticket} />
      {nextField}
      <Field id="code" label={t('codeLabel')} hint={t('codeHint')} errors={messages.fieldErrors('code')}>
        {(aria) => (
          // Text, not numeric: recovery codes contain letters. autoFocus: the field replaces the one just used.
          <Input {...aria} name="code" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} maxLength={64} autoFocus required />
        )}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
      {/* A full page load clears the pending step. */}
      <a href={locale === 'ja' ? '/sign-in' : `/${locale}/sign-in`} className="block text-sm text-primary underline">
        {t('restart')}
      </a>
    </form>
  );
}
