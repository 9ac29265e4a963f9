'use client';
import { useTranslations } from 'next-intl';

/**
 * Turns the catalog keys an answer save returns into the user's language: field keys from "validation",
 * form keys from this feature's own "answers.errors" first, then the shared "errors". An unknown key never
 * shows as a raw key; it falls back to a generic message.
 */
export function useCatalogKeys() {
  const tv = useTranslations('validation');
  const te = useTranslations('errors');
  const ta = useTranslations('answers.errors');
  return {
    field: (key: string) => (tv.has(key as never) ? tv(key as never) : tv('invalid')),
    form: (key: string) => (ta.has(key as never) ? ta(key as never) : te.has(key as never) ? te(key as never) : te('unexpected')),
  };
}
