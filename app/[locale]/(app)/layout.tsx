import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { AppHeader } from '@/components/shell/app-header';
import { requireViewer } from '@/lib/server/session';

// Every page below needs a signed-in member; pages still load their data through lib/server, which checks again.
export default async function AppLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  return (
    <>
      <AppHeader {...viewer} />
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
