import type { ReactNode } from 'react';
import { PublicShell } from '@/components/shell/public-shell';

// The invitation page is open to people who are not members (yet), signed in or not: the public shell.
export default function InviteLayout({ children }: { children: ReactNode }) {
  return <PublicShell width="max-w-lg">{children}</PublicShell>;
}
