'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveMfaPolicyAction } from '@/app/[locale]/(app)/company/settings/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Two plain radio buttons: the choice and its consequence are read together, with or without a screen reader. */
export function MfaPolicyForm({ requireMfa }: { requireMfa: boolean }) {
  const t = useTranslations('companySettings');
  const [state, action, pending] = useActionState(saveMfaPolicyAction, null);
  const { formError } = useFormMessages(state);
  const current = state && !state.ok && state.values?.requireMfa ? state.values.requireMfa === 'on' : requireMfa;
  return (
    <form action={action} className="mt-4 space-y-5" noValidate>
      {state?.ok && (
        <p role="status" className="rounded-md bg-muted px-4 py-3 text-sm">
          {t('saved')}
        </p>
      )}
      {formError && <Alert>{formError}</Alert>}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t('legend')}</legend>
        <div className="flex items-start gap-3">
          <input type="radio" id="require-on" name="requireMfa" value="on" defaultChecked={current} aria-describedby="require-on-hint" className="mt-1 size-4" />
          <div>
            <label htmlFor="require-on" className="text-sm font-medium">
              {t('optionRequired')}
            </label>
            <p id="require-on-hint" className="text-sm text-muted-foreground">
              {t('optionRequiredHint')}
            </p>
          </div>
        </div>
        <div className="flex items-start gap-3">
          <input type="radio" id="require-off" name="requireMfa" value="off" defaultChecked={!current} className="mt-1 size-4" />
          <label htmlFor="require-off" className="text-sm font-medium">
            {t('optionOptional')}
          </label>
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
