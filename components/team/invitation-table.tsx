import { getFormatter, getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/domain/permissions';
import { InvitationButtons } from './invitation-buttons';

type Invitation = { id: string; email: string; role: Role; expiresAt: Date };

export async function InvitationTable({ invitations, now }: { invitations: Invitation[]; now: Date }) {
  const t = await getTranslations('team');
  const roleNames = await getTranslations('app.roles');
  const format = await getFormatter();
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">{t('invitations.empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('invitations.title')}</caption>
        <thead className="border-b border-border text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.email')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.role')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.expires')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((inv) => (
            <tr key={inv.id} className="border-b border-border align-top" data-testid="invitation-row">
              <th scope="row" className="py-3 pr-4 font-medium break-all">
                {inv.email}
              </th>
              <td className="py-3 pr-4">{roleNames(inv.role)}</td>
              <td className="py-3 pr-4">
                {inv.expiresAt <= now ? (
                  <span className="font-medium text-destructive">{t('invitations.expired')}</span>
                ) : (
                  <time dateTime={inv.expiresAt.toISOString()}>{format.dateTime(inv.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                )}
              </td>
              <td className="py-3">
                <InvitationButtons invitationId={inv.id} email={inv.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
