import type { ReactNode } from 'react';

/** A fieldset of native checkboxes sharing one name: labelled, keyboard-usable, submitted as a list. */
export function CheckboxGroup(props: {
  legend: string;
  hint?: string;
  name: string;
  options: { key: string; label: string }[];
  checked: readonly string[];
  disabled?: boolean;
  children?: ReactNode;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={hintId}>
      <legend className="text-sm font-medium">{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {props.hint}
        </p>
      )}
      <div className="space-y-1.5">
        {props.options.map((o) => (
          <label key={o.key} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={props.name}
              value={o.key}
              defaultChecked={props.checked.includes(o.key)}
              disabled={props.disabled}
              className="mt-1 size-4 accent-primary"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
