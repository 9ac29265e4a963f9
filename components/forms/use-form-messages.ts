'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/server/action';

/**
 * Turns an action result's catalog keys into the user's language. Account-security keys live in their own
 * namespace ("accountErrors") and are looked up first; everything else comes from "errors" and "validation".
 */
export function useFormMessages(state: ActionResult<unknown> | null) {
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const ta = useTranslations('accountErrors');
  const failed = state && !state.ok ? state : null;
  const own = (key: string) => (ta.has(key as never) ? ta(key as never) : undefined);
  return {
    formError: failed?.formError ? (own(failed.formError) ?? te(failed.formError as Parameters<typeof te>[0])) : undefined,
    fieldErrors: (field: string) =>
      failed?.fieldErrors?.[field]?.map((key) => own(key) ?? tv(key as Parameters<typeof tv>[0])),
  };
}
