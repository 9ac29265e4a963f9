import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InvitationView } from '@/components/team/invitation-view';
import { listMyCompanies } from '@/lib/server/company-switch';
import { lookupInvitation } from '@/lib/server/invitation-accept';
import { currentViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  // The link is personal: keep it out of search engines even if it leaks somewhere public.
  return { title: (await getTranslations('invite'))('title'), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ locale: string; token: string }> };

// Works signed out: the invitee may have no account yet. Signed in, it offers a one-click join (same email)
// or explains that the invitation belongs to another address.
export default async function InvitePage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [view, viewer] = await Promise.all([lookupInvitation(token), currentViewer()]);
  const alreadyMember =
    view.status === 'valid' && viewer ? (await listMyCompanies(viewer)).some((c) => c.companyId === view.companyId) : false;
  return (
    <InvitationView
      token={token}
      view={view}
      invitePath={`${locale === 'ja' ? '' : `/${locale}`}/invite/${token}`}
      signedInAs={viewer?.email ?? null}
      alreadyMember={alreadyMember}
    />
  );
}
