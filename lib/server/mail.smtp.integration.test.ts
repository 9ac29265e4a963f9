import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, owner } from '@/tests/fixtures';
import { db } from './db';
import { sendMail } from './mail';
import { requestPasswordReset } from './password-reset';

// Real delivery over SMTP to a real SMTP peer on a random local port. env() caches its first read, and this file
// runs in its own process, so SMTP_URL is set before anything here calls env() (sendMail is the first).
type Received = { from: string | undefined; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8') });
        done();
 });
 } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.MAIL_FROM = 'Kumo Check <no-reply@kumo.example.jp>';
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db().$disconnect();
});

// --- A small, independent MIME reader: what a mail client would do with the raw message. ---

function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '); // unfold
  return head.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1] ?? '';
}

/** RFC 2047 encoded words (B and Q); whitespace between adjacent encoded words is not part of the text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

/** The decoded body of the first part with this content type. */
function partBody(raw: string, contentType: string): string {
  const boundary = headerOf(raw, 'Content-Type').match(/boundary="?([^";]+)"?/)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  const part = parts.find((p) => new RegExp(`Content-Type:\\s*${contentType}`, 'i').test(p));
  if (!part) throw new Error(`no ${contentType} part`);
  const [, ...rest] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = headerOf(part.replace(/^\r?\n/, ''), 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
 }
  return body;
}

describe('sendMail over SMTP', () => {
  it('delivers to the recipient with a correctly encoded Japanese subject and body, and keeps nothing in the outbox', async () => {
    await sendMail({
      to: 'hanako@example.jp',
      subject: '【Kumo Check】𠮷野さんからの招待です',
      text: '𠮷野 花子さんが「雲の上商事」に招待しました。\nhttps://kumo.example.jp/invite/abc',
      html: '<p>𠮷野 花子さんが「雲の上商事」に招待しました。</p>' });
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(['hanako@example.jp']);
    expect(mail.from).toBe('no-reply@kumo.example.jp');
    expect(headerOf(mail.raw, 'To')).toBe('hanako@example.jp');
    const subject = headerOf(mail.raw, 'Subject');
    expect(subject).toMatch(/^=\?UTF-8\?[BQ]\?/i); // encoded, never raw 8-bit in a header
    expect(decodeWords(subject)).toBe('【Kumo Check】𠮷野さんからの招待です');
    expect(partBody(mail.raw, 'text/plain')).toContain('𠮷野 花子さんが「雲の上商事」に招待しました。');
    expect(partBody(mail.raw, 'text/html')).toContain('<p>𠮷野 花子さんが「雲の上商事」に招待しました。</p>');
    const outbox = await owner((c) => c.query('SELECT count(*)::int AS n FROM mail_outbox'));
    expect(outbox.rows[0].n).toBe(0);
 });

  it('delivers the password-reset mail in the user’s language with a working link', async () => {
    const co = await createCompany('Smtp');
    await requestPasswordReset(co.manager.email, sendMail);
    const mail = received.at(-1)!;
    expect(mail.to).toEqual([co.manager.email]);
    expect(decodeWords(headerOf(mail.raw, 'Subject'))).toBe('【Kumo Check】パスワード再設定のご案内');
    const text = partBody(mail.raw, 'text/plain');
    expect(text).toContain(`${co.name.split(' ')[0]} MANAGER 様`);
    expect(text).toMatch(/\/reset-password\?token=[\w-]{43}/);
 });
});
