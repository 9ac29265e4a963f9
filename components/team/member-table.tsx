import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/domain/permissions';
import { ChangeRoleForm } from './change-role-form';
import { RemoveMemberForm } from './remove-member-form';

type Member = { id: string; userId: string; name: string; email: string; role: Role };

/** The member list; management controls only for managers (the server refuses everyone else anyway). */
export async function MemberTable({ members, viewerId, manage }: { members: Member[]; viewerId: string; manage: boolean }) {
  const t = await getTranslations('team');
  const roleNames = await getTranslations('app.roles');
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('membersTitle')}</caption>
        <thead className="border-b border-border text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.name')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.email')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('columns.role')}
            </th>
            {manage && (
              <th scope="col" className="py-2 font-medium">
                {t('columns.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-border align-top" data-testid="member-row">
              <th scope="row" className="py-3 pr-4 font-medium">
                {m.name}
                {m.userId === viewerId && <span className="ml-1 font-normal text-muted-foreground">{t('you')}</span>}
              </th>
              <td className="py-3 pr-4 break-all">{m.email}</td>
              <td className="py-3 pr-4">
                {manage ? <ChangeRoleForm membershipId={m.id} name={m.name} role={m.role} /> : roleNames(m.role)}
              </td>
              {manage && (
                <td className="py-3">
                  <RemoveMemberForm membershipId={m.id} name={m.name} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
