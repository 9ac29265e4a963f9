import type { LocalizedText } from './types';

/** The text in the UI language; Japanese is the source and the fallback. */
export function pick(text: LocalizedText, locale: string) {
  return locale === 'en' ? text.en : text.ja;
}
