import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { createTranslator } from 'next-intl';
import { env } from '@/lib/env';
import { catalogs } from '@/messages';
import { db } from './db';

export type Mail = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;

/**
 * Real SMTP delivery when SMTP_URL is set. Without it, the development outbox: the message is stored in
 * mail_outbox (write-only for the app; tests read it as the owner) and printed to the server log, which is the
 * local stand-in for delivery (only with the embedded database, see MAIL_OUTBOX_LOG). Call after the transaction that caused the mail has committed.
 */
export async function sendMail(mail: Mail) {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transporter ??= nodemailer.createTransport(SMTP_URL);
    await transporter.sendMail({ from: MAIL_FROM ?? 'Kumo Check <no-reply@localhost>', ...mail });
    return;
  }
  await db().mailOutbox.createMany({ data: mail });
  // Printed only for local use (set by the embedded-database start): a deployment without SMTP stores mail but
  // never writes its links (tokens) to a log.
  if (process.env.MAIL_OUTBOX_LOG === '1') console.info(`[mail outbox] to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
}

export type MailLocale = 'ja' | 'en';

/** A translator for the mail namespace in the recipient's language (not the sender's). */
export function mailTranslator(locale: MailLocale) {
  return createTranslator({ locale, messages: catalogs[locale] as never, namespace: 'mail' as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Plain-text and HTML bodies from paragraphs and one call-to-action link. All user text is escaped in the HTML
 * (security.md: user text is rendered as text everywhere, mail included).
 */
export function composeMail(to: string, subject: string, paragraphs: string[], action: { label: string; url: string }, footer: string): Mail {
  const text = [...paragraphs, `${action.label}: ${action.url}`, '', footer].join('\n\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.7;color:#1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="font-size:12px;color:#475569">${escapeHtml(action.url)}</p>
<hr><p style="font-size:12px;color:#475569">${escapeHtml(footer)}</p>
</body></html>`;
  return { to, subject, text, html };
}
