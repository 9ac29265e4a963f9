import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import type { Role } from '@/lib/domain/permissions';
import { Link } from '@/i18n/navigation';
import { UserMenu } from './user-menu';

type Props = { companyName: string; userName: string; email: string; role: Role };

export async function AppHeader({ companyName, userName, email, role }: Props) {
  const t = await getTranslations('app');
  const c = await getTranslations('common');
  return (
    <header className="border-b border-border bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-3">
        <div className="flex items-center gap-6">
          <Link href="/dashboard" className="font-bold text-primary">
            {c('appName')}
          </Link>
          <span className="text-sm font-medium" data-testid="company-name">
            {companyName}
          </span>
          <nav aria-label={t('nav.label')}>
            <ul className="flex gap-4 text-sm">
              <li>
                <Link href="/dashboard" className="hover:underline">
                  {t('nav.dashboard')}
                </Link>
              </li>
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
