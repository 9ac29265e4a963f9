/** The messages under one control; its id goes into the control's aria-describedby. */
export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {messages.join(' ')}
    </p>
  );
}

/** aria-describedby from the ids that are actually rendered. */
export const describedBy = (...ids: unknown[]) => ids.filter((x): x is string => typeof x === 'string' && x !== '').join(' ') || undefined;
