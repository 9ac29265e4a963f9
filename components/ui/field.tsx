import type { ReactNode } from 'react';
import { Label } from './label';

/** A labelled control with its hint and errors wired to aria-describedby, so every input is announced fully. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.children({ id: props.id, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy })}
      {props.hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {props.hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-destructive">
          {props.errors?.join(' ')}
        </p>
      )}
    </div>
  );
}
