'use client';
import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { FactField } from '@/lib/domain/checklist/types';
import { pick, toggleKey, type Locale, type RawFact } from './answer-form';
import { describedBy, FieldErrors } from './field-errors';

type Props = { field: FactField; id: string; value: RawFact; locale: Locale; errors?: string[]; onChange: (value: RawFact) => void };

/**
 * One structured fact, rendered from its template kind. Every fact may stay unknown (empty text, the empty
 * select choice, "don't know"), because the guide's items are often researched over days.
 */
export function FactInput({ field, id, value, locale, errors, onChange }: Props) {
  const t = useTranslations('answers.facts');
  const label = pick(field.label, locale);
  const rule =
    field.kind === 'money'
      ? t('money', { max: field.max })
      : field.kind === 'integer'
        ? t('integer', { min: field.min, max: field.max })
        : field.kind === 'percent'
          ? t('percent', { min: field.min, max: field.max, decimals: field.decimals })
          : field.kind === 'text'
            ? t('text', { max: field.maxLength })
            : undefined;
  // Japanese sentences follow each other without a space after 。; English ones need one.
  const hint = [field.help && pick(field.help, locale), rule].filter(Boolean).join(locale === 'ja' ? '' : ' ');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const invalid = errorId ? true : undefined;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  const footer = (
    <>
      {hint && (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </>
  );

  if (field.kind === 'boolean' || field.kind === 'multi-enum') {
    const choices =
      field.kind === 'boolean'
        ? [
            { key: 'true', label: t('yes') },
            { key: 'false', label: t('no') },
            { key: '', label: t('unknown') },
          ]
        : field.options.map((o) => ({ key: o.key, label: pick(o.text, locale) }));
    return (
      <fieldset className="space-y-1.5" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="text-sm font-medium">{label}</legend>
        <div className={field.kind === 'boolean' ? 'flex flex-wrap gap-x-4 gap-y-1' : 'space-y-1'}>
          {choices.map((c) => (
            <label key={c.key} className="flex items-start gap-2 text-sm">
              {field.kind === 'boolean' ? (
                <input type="radio" name={id} value={c.key} checked={text === c.key} onChange={() => onChange(c.key)} className="mt-1.5 size-4 accent-primary" />
              ) : (
                <input
                  type="checkbox"
                  value={c.key}
                  checked={list.includes(c.key)}
                  onChange={(e) => onChange(toggleKey(list, c.key, e.target.checked, field.options.map((o) => o.key)))}
                  className="mt-1.5 size-4 accent-primary"
                />
              )}
              <span>{c.label}</span>
            </label>
          ))}
        </div>
        {footer}
      </fieldset>
    );
  }

  const unit = field.unit ? pick(field.unit, locale) : undefined;
  const unitId = unit ? `${id}-unit` : undefined;
  const aria = { id, 'aria-invalid': invalid, 'aria-describedby': describedBy(unitId, hintId, errorId) };
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {field.kind === 'enum' ? (
        <NativeSelect {...aria} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('notChosen')}</option>
          {field.options.map((o) => (
            <option key={o.key} value={o.key}>
              {pick(o.text, locale)}
            </option>
          ))}
        </NativeSelect>
      ) : (
        <div className="flex items-center gap-2">
          <Input
            {...aria}
            type="text"
            inputMode={field.kind === 'percent' ? 'decimal' : field.kind === 'text' ? undefined : 'numeric'}
            autoComplete="off"
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
          {unit && (
            <span id={unitId} className="shrink-0 text-sm">
              {unit}
            </span>
          )}
        </div>
      )}
      {footer}
    </div>
  );
}
