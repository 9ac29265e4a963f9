import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/language-switcher';
import { Link } from '@/i18n/navigation';

/** The frame of pages for people who are not signed in (sign-in, sign-up, reset, invitations). */
export async function PublicShell({ children, width = 'max-w-md' }: { children: ReactNode; width?: string }) {
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
      <main id="main" className={`mx-auto ${width} px-6 py-12`}>
        {children}
      </main>
    </>
  );
}
