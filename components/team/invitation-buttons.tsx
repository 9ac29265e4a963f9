'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { resendInvitationAction, revokeInvitationAction } from '@/app/[locale]/(app)/members/actions';
import { Button } from '@/components/ui/button';
import { useTeamMessages } from './use-team-messages';

/** Resend (new link, the old one dies) and revoke, each its own small form with its own outcome message. */
export function InvitationButtons({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('team.invitations');
  const [resent, resend, resending] = useActionState(resendInvitationAction, null);
  const [revoked, revoke, revoking] = useActionState(revokeInvitationAction, null);
  const resendMessages = useTeamMessages(resent, ['invitationId']);
  const revokeMessages = useTeamMessages(revoked, ['invitationId']);
  const error = resendMessages.formError ?? revokeMessages.formError;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <form action={resend}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" size="sm" variant="outline" disabled={resending} aria-label={t('resendLabel', { email })}>
            {t('resend')}
          </Button>
        </form>
        <form action={revoke}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" size="sm" variant="outline" disabled={revoking} aria-label={t('revokeLabel', { email })}>
            {t('revoke')}
          </Button>
        </form>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {resent?.ok && (
        <p role="status" className="text-sm text-muted-foreground">
          {t('resent')}
        </p>
      )}
    </div>
  );
}
