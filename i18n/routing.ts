import { defineRouting } from 'next-intl/routing';

// Japanese is the product's language: it lives at / without a prefix; English at /en.
// No Accept-Language detection: a Japanese company's shared links must open in Japanese for everyone.
export const routing = defineRouting({
  locales: ['ja', 'en'],
  defaultLocale: 'ja',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
