import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InvitationTable } from '@/components/team/invitation-table';
import { InviteForm } from '@/components/team/invite-form';
import { MemberTable } from '@/components/team/member-table';
import { RoleGuide } from '@/components/team/role-guide';
import { Card, CardTitle } from '@/components/ui/card';
import { can } from '@/lib/domain/permissions';
import { listInvitations } from '@/lib/server/invitations';
import { listMembers } from '@/lib/server/members';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

export default async function MembersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const manage = can(viewer.role, 'members.manage');
  const [members, invitations] = await Promise.all([listMembers(viewer), manage ? listInvitations(viewer) : null]);
  const t = await getTranslations('team');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted-foreground">{t('lead')}</p>
        {!manage && <p className="mt-1 text-sm text-muted-foreground">{t('readOnlyNote')}</p>}
      </div>
      <Card aria-labelledby="members-title">
        <CardTitle id="members-title">{t('membersTitle')}</CardTitle>
        <div className="mt-4">
          <MemberTable members={members} viewerId={viewer.userId} manage={manage} />
        </div>
      </Card>
      {invitations ? (
        <>
          <Card aria-labelledby="invite-title">
            <CardTitle id="invite-title">{t('invite.title')}</CardTitle>
            <p className="mb-4 mt-2 text-sm text-muted-foreground">{t('invite.lead')}</p>
            <div className="grid gap-6 lg:grid-cols-2">
              <InviteForm defaultLocale={locale === 'en' ? 'en' : 'ja'} />
              <RoleGuide />
            </div>
          </Card>
          <Card aria-labelledby="invitations-title">
            <CardTitle id="invitations-title">{t('invitations.title')}</CardTitle>
            <div className="mt-4">
              <InvitationTable invitations={invitations} now={new Date()} />
            </div>
          </Card>
        </>
      ) : (
        <RoleGuide headingLevel={2} />
      )}
    </div>
  );
}
