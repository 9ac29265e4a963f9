'use client';
import { useFormStatus } from 'react-dom';
import type { ComponentProps } from 'react';
import { Button } from './button';

/** A submit button that disables itself and says so while its form's action runs. */
export function SubmitButton({ pendingLabel, children, ...props }: ComponentProps<typeof Button> & { pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
