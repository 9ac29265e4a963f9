import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Link } from '@/i18n/navigation';

// The invitation page is open to people who are not members (yet), signed in or not: the public shell.
export default async function InviteLayout({ children }: { children: ReactNode }) {
  const c = await getTranslations('common');
  return (
    <>
      <header className="border-b border-border">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <Link href="/" className="text-lg font-bold text-primary">
            {c('appName')}
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-lg px-6 py-12">
        {children}
      </main>
    </>
  );
}
