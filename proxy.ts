// Runs before every page and API request: locale routing, a per-request CSP nonce, and no-store caching.
// It never decides access: authorization lives in lib/server (security.md; CVE-2025-29927).
import createIntlMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';

const intl = createIntlMiddleware(routing);

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp); // Next.js reads the nonce from here for its own scripts

  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const response = isApi
    ? NextResponse.next({ request: { headers } })
    : intl(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  // Pages can hold tenant data: never stored by browsers or shared caches.
  response.headers.set('Cache-Control', 'private, no-store, max-age=0');
  return response;
}

function contentSecurityPolicy(nonce: string) {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes (Radix positioning) are harmless compared with script; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  // Prefetches go through the proxy too: Japanese pages live under an internal /ja rewrite, so a prefetch that
  // skipped it would ask for a route that does not exist.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|svg|ico|txt|webmanifest)$).*)'],
};
