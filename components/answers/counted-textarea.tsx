'use client';
import { useTranslations } from 'next-intl';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { codePoints } from '@/lib/schemas/text';
import { cn } from '@/lib/utils';
import { describedBy, FieldErrors } from './field-errors';

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  max: number;
  rows?: number;
  errors?: string[];
  onChange: (value: string) => void;
};

/** A textarea with its limit shown as characters people count (𠮷 and an emoji are one each, as the server counts). */
export function CountedTextarea({ id, label, hint, value, max, rows = 4, errors, onChange }: Props) {
  const t = useTranslations('answers');
  const count = codePoints(value);
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, `${id}-count`, errors?.length && `${id}-error`)}
      />
      <div className="flex justify-between gap-3 text-xs text-muted-foreground">
        {hint && <p id={`${id}-hint`}>{hint}</p>}
        <p id={`${id}-count`} className={cn('ml-auto whitespace-nowrap tabular-nums', count > max && 'font-semibold text-destructive')}>
          {t('counter', { count, max })}
        </p>
      </div>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}
