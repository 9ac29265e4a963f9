'use client';
import { useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { removeMemberAction } from '@/app/[locale]/(app)/members/actions';
import { Button } from '@/components/ui/button';
import { useTeamMessages } from './use-team-messages';

/**
 * Removing someone takes two steps: the first button only opens the confirmation, the second one removes.
 * (A Radix AlertDialog would do this as a modal; this inline version needs no extra package.)
 */
export function RemoveMemberForm({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations('team.remove');
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(removeMemberAction, null);
  const { formError } = useTeamMessages(state, ['membershipId']);
  const openRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const confirmId = `remove-${membershipId}`;
  // After "cancel", focus goes back to the button that opened the confirmation, not to the top of the page.
  useEffect(() => {
    if (!confirming && cancelled.current) {
      cancelled.current = false;
      openRef.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="space-y-1">
        <Button ref={openRef} type="button" size="sm" variant="outline" aria-label={t('openLabel', { name })} onClick={() => setConfirming(true)}>
          {t('open')}
        </Button>
        {formError && (
          <p role="alert" className="text-sm text-destructive">
            {formError}
          </p>
        )}
      </div>
    );
  }
  return (
    <form
      action={(formData) => {
        setConfirming(false);
        action(formData);
      }}
      role="group"
      aria-labelledby={confirmId}
      className="space-y-2 rounded-md border border-destructive/40 bg-destructive/10 p-3"
    >
      <p id={confirmId} className="text-sm">
        {t('confirm', { name })}
      </p>
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex gap-2">
        {/* autoFocus: the confirmation replaces the button that had focus; keyboard users land on the decision. */}
        <Button type="submit" size="sm" className="bg-destructive text-white hover:bg-destructive/90" disabled={pending} autoFocus>
          {t('submit')}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="outline"
          onClick={() => {
            cancelled.current = true;
            setConfirming(false);
          }}
        >
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
