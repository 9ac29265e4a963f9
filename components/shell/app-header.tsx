import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { can } from '@/lib/domain/permissions';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/lib/server/session';
import { CompanySwitcher } from './company-switcher';
import { NavLink } from './nav-link';
import { UserMenu } from './user-menu';

type Props = Pick<Viewer, 'companyId' | 'companyName' | 'userName' | 'email' | 'role' | 'companies'>;

export async function AppHeader({ companyId, companyName, userName, email, role, companies }: Props) {
  const t = await getTranslations('app');
  const s = await getTranslations('shell');
  const r = await getTranslations('reviews');
  const c = await getTranslations('common');
  // Links are hidden by the same can() the server enforces; hiding is only courtesy, the pages refuse anyway.
  const links = [
    { href: '/dashboard', label: t('nav.dashboard') },
    { href: '/decisions', label: r('nav.decisions') },
    ...(role === 'ADVISOR' ? [] : [{ href: '/my-items', label: r('nav.myItems') }]),
    { href: '/members', label: s('nav.members') },
    ...(can(role, 'audit.view') ? [{ href: '/audit', label: s('nav.audit') }] : []),
    ...(can(role, 'company.update') ? [{ href: '/company/settings', label: s('nav.companySettings') }] : []),
  ];
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/dashboard" className="font-bold text-primary">
            {c('appName')}
          </Link>
          <span className="text-sm font-medium" data-testid="company-name">
            {companyName}
          </span>
          {companies.length > 1 && <CompanySwitcher companies={companies} currentId={companyId} />}
          <nav aria-label={t('nav.label')}>
            <ul className="flex flex-wrap gap-4 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <NavLink href={link.href}>{link.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-3">
          <LanguageSwitcher />
          <UserMenu
            userName={userName}
            email={email}
            roleLabel={t(`roles.${role}`)}
            labels={{ open: t('userMenu.open'), signedInAs: t('userMenu.signedInAs'), signOut: t('userMenu.signOut') }}
          />
        </div>
      </div>
    </header>
  );
}
