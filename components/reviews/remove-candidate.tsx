'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { removeCandidateAction } from '@/app/[locale]/(app)/decisions/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';

/** Two steps, because removing a candidate also removes every answer written for it. */
export function RemoveCandidate({ id, name }: { id: string; name: string }) {
  const t = useTranslations('reviews.candidates');
  const tf = useTranslations('reviews.form');
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(removeCandidateAction, null);
  const { formError } = useFormMessages(state);
  if (!confirming) {
    return (
      <Button variant="outline" size="sm" onClick={() => setConfirming(true)}>
        {t('remove')}
      </Button>
    );
  }
  return (
    <form action={action} className="space-y-2 rounded-md border border-destructive/40 p-3">
      {formError && <Alert>{formError}</Alert>}
      <p className="text-sm" role="status">
        {t('removeConfirm', { name })}
      </p>
      <input type="hidden" name="id" value={id} />
      <div className="flex gap-2">
        <SubmitButton size="sm" className="bg-destructive hover:bg-destructive/90" pendingLabel={tf('saving')}>
          {t('removeYes')}
        </SubmitButton>
        <Button type="button" variant="outline" size="sm" onClick={() => setConfirming(false)} autoFocus>
          {tf('cancel')}
        </Button>
      </div>
    </form>
  );
}
