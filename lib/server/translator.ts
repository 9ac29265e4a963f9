import 'server-only';
import { createTranslator } from 'next-intl';
import { catalogs } from '@/messages';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator for one namespace in a given language, outside the request's own locale: mail goes out in the
 * recipient's language, which need not be the sender's.
 */
export function translatorFor(locale: 'ja' | 'en', namespace: string): Translate {
  return createTranslator({ locale, messages: catalogs[locale] as never, namespace: namespace as never }) as unknown as Translate;
}
