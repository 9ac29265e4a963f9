'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/action';

/** Turns an action result's catalog keys into the user's language. */
export function useFormMessages(state: ActionResult<unknown> | null) {
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const failed = state && !state.ok ? state : null;
  return {
    formError: failed?.formError ? te(failed.formError as Parameters<typeof te>[0]) : undefined,
    fieldErrors: (field: string) =>
      failed?.fieldErrors?.[field]?.map((key) => tv(key as Parameters<typeof tv>[0])),
  };
}
