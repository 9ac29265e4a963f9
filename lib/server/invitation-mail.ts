import 'server-only';
import type { Role } from '@/lib/domain/permissions';
import { appUrl } from './app-url';
import { composeMail, mailTranslator, sendMail, type MailLocale } from './mail';
import { translatorFor } from './translator';

export type InvitationMail = {
  to: string;
  locale: MailLocale;
  token: string;
  companyName: string;
  inviterName: string;
  role: Role;
  expiresAt: Date;
};

// Header fields must stay on one line, and mail_outbox.subject holds 300 characters.
const oneLine = (s: string, max: number) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, max);

/** The invitation in the language chosen for the invitee (stored on the invitation), never the sender's. */
export async function sendInvitationMail(m: InvitationMail) {
  const t = translatorFor(m.locale, 'teamMail');
  const role = translatorFor(m.locale, 'app')(`roles.${m.role}`);
  const expires = new Intl.DateTimeFormat(m.locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(m.expiresAt);
  const values = { company: oneLine(m.companyName, 200), inviter: oneLine(m.inviterName, 100), role, expires };
  const subject = oneLine(t('inviteSubject', values), 300);
  await sendMail(
    composeMail(
      m.to,
      subject,
      [t('inviteBody', values), t(`inviteRole.${m.role}`, values), t('inviteExpiry', values), t('inviteIgnore')],
      { label: t('inviteAction'), url: appUrl(`/invite/${m.token}`, m.locale) },
      mailTranslator(m.locale)('footer'),
    ),
  );
}
