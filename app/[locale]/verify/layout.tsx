import type { ReactNode } from 'react';
import { PublicShell } from '@/components/shell/public-shell';

// Anyone holding a PDF (a bank, an auditor, a customer) can check it here without an account.
export default function VerifyLayout({ children }: { children: ReactNode }) {
  return <PublicShell width="max-w-2xl">{children}</PublicShell>;
}
