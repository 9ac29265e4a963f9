import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { AppFrame } from '@/components/shell/app-frame';
import { requireViewer } from '@/lib/server/session';

// Every page below needs a signed-in member; pages still load their data through lib/server, which checks again.
export default async function AppLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  return <AppFrame viewer={viewer}>{children}</AppFrame>;
}
