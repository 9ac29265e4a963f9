import 'server-only';
import { env } from '@/lib/env';

/**
 * Absolute links in mail. Never built from the request's Host header: a forged Host would otherwise put an
 * attacker's domain into a victim's password-reset mail. APP_URL in production; localhost for local use.
 */
export function appUrl(path: string, locale: 'ja' | 'en' = 'ja') {
  const base = (env().APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
  return `${base}${locale === 'ja' ? '' : `/${locale}`}${path}`;
}
