import { catalogs } from '../messages';

/**
 * The message namespaces client components use (useTranslations in 'use client' code). Only these are sent to
 * the browser with every page, instead of every catalog: less to render, serialize and download on each request
 * (docs/performance.md). messages/client-messages.test.ts fails when a component uses a namespace not listed.
 */
export const CLIENT_NAMESPACES = [
  'account', 'accountErrors', 'accountMenu', 'answers', 'app.roles', 'auth', 'common', 'companySettings', 'compare',
  'errors', 'invite', 'passwordReset', 'reviews.assign', 'reviews.candidates', 'reviews.comments', 'reviews.form',
  'security', 'shell.switcher', 'signoff', 'team', 'teamErrors', 'twoStep', 'validation',
] as const;

type Tree = Record<string, unknown>;

function pick(all: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const p of paths) {
    const keys = p.split('.');
    let from: unknown = all;
    let to = out;
    for (const [i, k] of keys.entries()) {
      from = (from as Tree | undefined)?.[k];
      if (from === undefined) break;
      if (i === keys.length - 1) to[k] = from;
      else to = (to[k] ??= {}) as Tree;
    }
  }
  return out;
}

const picked = { ja: pick(catalogs.ja, CLIENT_NAMESPACES), en: pick(catalogs.en, CLIENT_NAMESPACES) };

export function clientMessages(locale: 'ja' | 'en') {
  return picked[locale];
}
