'use client';
import type { ReactNode } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

/** A header link that tells assistive technology which section is open (aria-current). */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={current ? 'font-semibold underline underline-offset-4' : 'hover:underline'}
    >
      {children}
    </Link>
  );
}
