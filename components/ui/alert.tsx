import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

/** role="alert" so screen readers announce form errors when they appear. */
export function Alert({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      role="alert"
      className={cn('rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive', className)}
      {...props}
    />
  );
}
