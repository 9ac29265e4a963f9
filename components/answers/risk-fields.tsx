'use client';
import { useTranslations } from 'next-intl';
import { RISK_TEXT_MAX } from '@/lib/schemas/answer';
import type { AnswerFormValues } from './answer-form';
import { CountedTextarea } from './counted-textarea';
import { describedBy, FieldErrors } from './field-errors';

type RiskValues = Pick<AnswerFormValues, 'riskAcceptable' | 'riskReason' | 'riskMitigation'>;
type Props = {
  id: string;
  values: RiskValues;
  /** The template's own wording of the question (the guide asks whether the remaining risk is acceptable). */
  guidance?: string;
  errors: (field: keyof RiskValues) => string[] | undefined;
  onChange: (patch: Partial<RiskValues>) => void;
};

/** Shown only for 未確認・懸念あり: is the remaining risk acceptable, why, and what reduces it (all required). */
export function RiskFields({ id, values, guidance, errors, onChange }: Props) {
  const t = useTranslations('answers.risk');
  const choiceErrors = errors('riskAcceptable');
  return (
    <fieldset className="space-y-3 rounded-md border-2 border-border bg-muted/40 p-3">
      <legend className="px-1 text-sm font-semibold">{t('title')}</legend>
      {guidance && <p className="text-xs text-muted-foreground">{guidance}</p>}
      <fieldset className="space-y-1" aria-describedby={describedBy(choiceErrors?.length && `${id}-acceptable-error`)}>
        <legend className="text-sm font-medium">{t('legend')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {(['yes', 'no'] as const).map((choice) => (
            <label key={choice} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-acceptable`}
                value={choice}
                checked={values.riskAcceptable === choice}
                onChange={() => onChange({ riskAcceptable: choice })}
                className="mt-1.5 size-4 accent-primary"
              />
              <span>{t(choice)}</span>
            </label>
          ))}
        </div>
        <FieldErrors id={`${id}-acceptable-error`} messages={choiceErrors} />
      </fieldset>
      <CountedTextarea
        id={`${id}-reason`}
        label={t('reason')}
        value={values.riskReason}
        max={RISK_TEXT_MAX}
        rows={3}
        errors={errors('riskReason')}
        onChange={(riskReason) => onChange({ riskReason })}
      />
      <CountedTextarea
        id={`${id}-mitigation`}
        label={t('mitigation')}
        value={values.riskMitigation}
        max={RISK_TEXT_MAX}
        rows={3}
        errors={errors('riskMitigation')}
        onChange={(riskMitigation) => onChange({ riskMitigation })}
      />
    </fieldset>
  );
}
