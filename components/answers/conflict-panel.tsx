'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ChecklistItem } from '@/lib/domain/checklist/types';
import type { AnswerSnapshot } from './answer-snapshot';
import { AnswerSummary, useSavedBy } from './answer-summary';

type Props = { item: ChecklistItem; current: AnswerSnapshot | null; onTake: () => void };

/**
 * The version someone else saved while this editor was open. Nothing was overwritten; the user either takes
 * that version into the form or saves their own over it, knowingly, now against that version.
 */
export function ConflictPanel({ item, current, onTake }: Props) {
  const t = useTranslations('answers.conflict');
  const savedBy = useSavedBy();
  const who = current ? savedBy(current) : null;
  return (
    <div className="space-y-3 self-start rounded-md border-2 border-destructive/60 p-3" data-testid="conflict">
      <div role="alert" className="space-y-1">
        <p className="font-semibold text-destructive">{t('title')}</p>
        <p className="text-sm">{who ? t('body', who) : t('bodyUnknown')}</p>
      </div>
      {current && who && (
        <>
          <h4 className="font-semibold">{t('theirs', { name: who.name })}</h4>
          <AnswerSummary item={item} answer={current} headingLevel={5} />
          <Button type="button" variant="outline" onClick={onTake}>
            {t('takeTheirs')}
          </Button>
        </>
      )}
      <p className="text-xs text-muted-foreground">{t('keepMine')}</p>
    </div>
  );
}
