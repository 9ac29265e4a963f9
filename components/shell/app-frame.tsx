import type { ReactNode } from 'react';
import type { Viewer } from '@/lib/server/session';
import { AppHeader } from './app-header';

/** The signed-in layout: header and main landmark (app/[locale]/(app)/layout.tsx and the benchmark's floor pages). */
export function AppFrame({ viewer, children }: { viewer: Pick<Viewer, 'companyId' | 'companyName' | 'userName' | 'email' | 'role' | 'companies'>; children: ReactNode }) {
  return (
    <>
      <AppHeader {...viewer} />
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </>
  );
}
