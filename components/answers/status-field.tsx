'use client';
import { useTranslations } from 'next-intl';
import { answerStatuses } from '@/lib/schemas/answer';
import type { AnswerStatus } from '@/lib/domain/progress';
import { describedBy, FieldErrors } from './field-errors';

/** 確認済み / 未確認・懸念あり / 該当なし as one radio group; each choice's meaning is its description. */
export function StatusField({ id, value, errors, onChange }: { id: string; value: AnswerStatus | ''; errors?: string[]; onChange: (s: AnswerStatus) => void }) {
  const t = useTranslations('answers');
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedBy(errors?.length && `${id}-error`)}>
      <legend className="text-sm font-semibold">{t('status.legend')}</legend>
      {answerStatuses.map((s) => (
        <div key={s} className="flex items-start gap-2">
          <input
            type="radio"
            id={`${id}-${s}`}
            name={id}
            value={s}
            checked={value === s}
            onChange={() => onChange(s)}
            aria-describedby={`${id}-${s}-hint`}
            className="mt-1.5 size-4 accent-primary"
          />
          <div>
            <label htmlFor={`${id}-${s}`} className="text-sm font-medium">
              {t(`status.${s}`)}
            </label>
            <p id={`${id}-${s}-hint`} className="text-xs text-muted-foreground">
              {t(`statusHint.${s}`)}
            </p>
          </div>
        </div>
      ))}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}
