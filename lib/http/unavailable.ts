import type { IncomingMessage, ServerResponse } from 'node:http';
import en from '../../messages/en/base.json';
import ja from '../../messages/ja/base.json';

export type Unavailable = 'busy' | 'unavailable';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** English for /en pages, Japanese (the default language) otherwise — the same rule as the app's routing. */
export function unavailableLocale(url: string | undefined): 'ja' | 'en' {
  return /^\/en(\/|$|\?)/.test(url ?? '') ? 'en' : 'ja';
}

/** The page a shed or database-less request gets: static, no script, from the message catalogs. */
export function unavailablePage(kind: Unavailable, locale: 'ja' | 'en') {
  const c = (locale === 'en' ? en : ja).common;
  const [title, body] = kind === 'busy' ? [c.busyTitle, c.busyBody] : [c.unavailableTitle, c.unavailableBody];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.5rem;color:#111;background:#fff;line-height:1.7"><main><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`;
}

/** 503 with Retry-After: clients (and the benchmark) can tell "come back shortly" from a failure (500). */
export function serviceUnavailable(req: IncomingMessage, res: ServerResponse, kind: Unavailable) {
  const html = unavailablePage(kind, unavailableLocale(req.url));
  res.writeHead(503, {
    'Content-Type': 'text/html; charset=utf-8',
    'Retry-After': kind === 'busy' ? '2' : '5',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'X-Kumo-Unavailable': kind,
  });
  res.end(html);
}
