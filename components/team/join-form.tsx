'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { joinAction } from '@/app/[locale]/invite/[token]/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useTeamMessages } from './use-team-messages';

/** One click for someone already signed in as the invited address. */
export function JoinForm({ token, companyName }: { token: string; companyName: string }) {
  const t = useTranslations('invite');
  const [state, action, pending] = useActionState(joinAction, null);
  const { formError } = useTeamMessages(state, ['token']);
  return (
    <form action={action} className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {t('join', { company: companyName })}
      </Button>
    </form>
  );
}
