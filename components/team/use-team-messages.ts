'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/action';

/**
 * Turns an action result's catalog keys into the user's language: team-specific messages first, then the shared
 * errors and validation texts. Errors on fields the user cannot see (ids in hidden inputs) become the form's message.
 */
export function useTeamMessages(state: ActionResult<unknown> | null, hiddenFields: string[] = []) {
  const tt = useTranslations('teamErrors');
  const te = useTranslations('errors');
  const tv = useTranslations('validation');
  const translate = (key: string) => {
    const k = key as never;
    if (tt.has(k)) return tt(k);
    if (te.has(k)) return te(k);
    if (tv.has(k)) return tv(k);
    return te('unexpected');
  };
  const failed = state && !state.ok ? state : null;
  const hidden = hiddenFields.flatMap((field) => failed?.fieldErrors?.[field] ?? [])[0];
  const formKey = failed?.formError ?? hidden;
  return {
    formError: formKey ? translate(formKey) : undefined,
    fieldErrors: (field: string) => failed?.fieldErrors?.[field]?.map(translate),
    values: failed?.values,
  };
}
