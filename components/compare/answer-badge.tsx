import type { AnswerStatus } from '@/lib/domain/progress';

// The status is always written out; colour and the symbol only repeat it (never colour alone).
const tone: Record<AnswerStatus | 'none', string> = {
  CONFIRMED: 'bg-green-100 text-green-900 border-green-300',
  CONCERN: 'bg-amber-100 text-amber-950 border-amber-400',
  NOT_APPLICABLE: 'bg-muted text-foreground border-border',
  none: 'bg-background text-muted-foreground border-dashed border-border',
};
const symbol: Record<AnswerStatus | 'none', string> = { CONFIRMED: '✓', CONCERN: '!', NOT_APPLICABLE: '–', none: '' };

export function AnswerBadge({ status, label }: { status: AnswerStatus | 'none'; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${tone[status]}`} data-status={status}>
      {symbol[status] && <span aria-hidden="true">{symbol[status]}</span>}
      {label}
    </span>
  );
}
