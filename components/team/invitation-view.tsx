import { getFormatter, getTranslations } from 'next-intl/server';
import { signOutForInvitationAction } from '@/app/[locale]/invite/[token]/actions';
import { Button } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { highlightsFor } from '@/lib/domain/role-summary';
import type { InvitationView as View } from '@/lib/server/invitation-accept';
import { AcceptInvitationForm } from './accept-invitation-form';
import { JoinForm } from './join-form';

type Props = {
  token: string;
  view: View;
  /** Where sign-in returns to: this invitation, in the current language. */
  invitePath: string;
  signedInAs: string | null;
  alreadyMember: boolean;
};

/** Every state of an invitation link: unusable, new account, sign in first, one-click join, wrong account. */
export async function InvitationView({ token, view, invitePath, signedInAs, alreadyMember }: Props) {
  const t = await getTranslations('invite');
  const team = await getTranslations('team');
  const roleNames = await getTranslations('app.roles');
  const format = await getFormatter();
  const signInLink = (label: string) => (
    <Button asChild className="w-full">
      <Link href={{ pathname: '/sign-in', query: { next: invitePath } }}>{label}</Link>
    </Button>
  );

  if (view.status !== 'valid') {
    const throttled = view.status === 'throttled';
    return (
      <>
        <h1 className="text-2xl font-bold">{throttled ? t('throttledTitle') : t('unusableTitle')}</h1>
        <p className="mt-4">{'companyName' in view ? t(view.status, { company: view.companyName }) : t(view.status)}</p>
        <p className="mt-8 text-sm">
          <Link href="/sign-in" className="text-primary underline">
            {t('toSignIn')}
          </Link>
        </p>
      </>
    );
  }

  const company = view.companyName;
  const sameUser = signedInAs !== null && signedInAs.toLowerCase() === view.email.toLowerCase();
  return (
    <>
      <h1 className="text-2xl font-bold">{t('heading', { company })}</h1>
      <p className="mt-2">{t('lead', { company, role: roleNames(view.role) })}</p>
      <p className="mt-2 text-sm text-muted-foreground">
        {team('canDo', { list: highlightsFor(view.role).map((a) => team(`highlights.${a}`)).join(team('listSeparator')) })}
      </p>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">{t('invitedEmail')}</dt>
        <dd className="break-all font-medium">{view.email}</dd>
        <dt className="text-muted-foreground">{t('expires')}</dt>
        <dd>
          <time dateTime={view.expiresAt.toISOString()}>{format.dateTime(view.expiresAt, { dateStyle: 'long', timeStyle: 'short' })}</time>
        </dd>
      </dl>
      <div className="mt-8">
        {sameUser && alreadyMember ? (
          <>
            <p>{t('alreadyMember', { company })}</p>
            <Button asChild className="mt-4 w-full">
              <Link href="/dashboard">{t('toDashboard')}</Link>
            </Button>
          </>
        ) : sameUser ? (
          <>
            <p className="mb-4">{t('joinLead', { email: view.email, company })}</p>
            <JoinForm token={token} companyName={company} />
          </>
        ) : signedInAs ? (
          <section aria-labelledby="wrong-account" className="rounded-md border border-destructive/40 bg-destructive/10 p-4">
            <h2 id="wrong-account" className="font-semibold">
              {t('wrongEmailTitle')}
            </h2>
            <p className="mt-2 text-sm">{t('wrongEmail', { invited: view.email, current: signedInAs })}</p>
            <form action={signOutForInvitationAction} className="mt-4">
              <input type="hidden" name="token" value={token} />
              <Button type="submit" variant="outline" className="h-auto w-full whitespace-normal py-2">
                {t('switchAccount')}
              </Button>
            </form>
          </section>
        ) : view.hasAccount ? (
          <>
            <p className="mb-4">{t('accountExists', { email: view.email })}</p>
            {signInLink(t('signInToJoin'))}
          </>
        ) : (
          <section aria-labelledby="new-account">
            <h2 id="new-account" className="text-lg font-semibold">
              {t('newAccountTitle')}
            </h2>
            <p className="mb-6 mt-2 text-sm text-muted-foreground">{t('newAccountLead')}</p>
            <AcceptInvitationForm token={token} email={view.email} />
          </section>
        )}
      </div>
    </>
  );
}
