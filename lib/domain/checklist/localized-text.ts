import type { LocalizedText } from './types';

export type Locale = keyof LocalizedText;

/** Shorthand for template data: Japanese first, because the guide's Japanese is the source of truth. */
export function t(ja: string, en: string): LocalizedText {
  return { ja, en };
}

/** The PDF and UI show one language; the template guarantees both exist, so no fallback is needed. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
