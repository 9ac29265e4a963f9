import type { ReactNode } from 'react';

// The real root layout (with <html lang>) is app/[locale]/layout.tsx; this one only lets
// non-localized routes (api, the global not-found) exist beside it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
