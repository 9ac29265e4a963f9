import type { LocalizedText } from './types';

/** Shorthand for template data: Japanese first, because the guide's Japanese is the source of truth. */
export function t(ja: string, en: string): LocalizedText {
  return { ja, en };
}
