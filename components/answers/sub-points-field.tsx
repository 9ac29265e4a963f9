'use client';
import { useTranslations } from 'next-intl';
import type { SubPoint } from '@/lib/domain/checklist/types';
import { pick, toggleKey, type Locale } from './answer-form';
import { describedBy, FieldErrors } from './field-errors';

type Props = { id: string; points: readonly SubPoint[]; value: string[]; locale: Locale; errors?: string[]; onChange: (keys: string[]) => void };

/** The guide's points for this item, ticked per candidate; folded away so that three columns stay readable. */
export function SubPointsField({ id, points, value, locale, errors, onChange }: Props) {
  const t = useTranslations('answers.points');
  if (points.length === 0) return null;
  const order = points.map((p) => p.key);
  return (
    <details className="rounded-md border border-border px-3 py-2" open={Boolean(errors?.length)}>
      <summary className="cursor-pointer text-sm font-medium">{t('summary', { checked: value.length, total: points.length })}</summary>
      <fieldset className="mt-2 space-y-1.5" aria-describedby={describedBy(errors?.length && `${id}-error`)}>
        <legend className="text-xs text-muted-foreground">{t('legend')}</legend>
        {points.map((p) => (
          <label key={p.key} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              value={p.key}
              checked={value.includes(p.key)}
              onChange={(e) => onChange(toggleKey(value, p.key, e.target.checked, order))}
              className="mt-1.5 size-4 shrink-0 accent-primary"
            />
            <span>{pick(p.text, locale)}</span>
          </label>
        ))}
        <FieldErrors id={`${id}-error`} messages={errors} />
      </fieldset>
    </details>
  );
}
