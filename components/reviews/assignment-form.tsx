'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { assignAllAction, assignItemsAction } from '@/app/[locale]/(app)/decisions/actions';
import { useFormMessages } from '@/components/forms/use-form-messages';
import { Alert } from '@/components/ui/alert';
import { NativeSelect } from '@/components/ui/native-select';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = {
  decisionId: string;
  items: { key: string; number: number; question: string }[];
  people: { id: string; label: string }[];
  assigned: Record<string, string>;
};

/** Who checks which item: one person for everything in one step, or item by item. */
export function AssignmentForm({ decisionId, items, people, assigned }: Props) {
  const t = useTranslations('reviews.assign');
  const tf = useTranslations('reviews.form');
  const [allState, allAction] = useActionState(assignAllAction, null);
  const [state, action] = useActionState(assignItemsAction, null);
  const all = useFormMessages(allState);
  const each = useFormMessages(state);
  if (people.length === 0) return <p>{t('noOne')}</p>;
  return (
    <div className="space-y-6">
      <form action={allAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="decisionId" value={decisionId} />
        <div className="space-y-1.5">
          <label htmlFor="assign-all" className="text-sm font-medium">
            {t('all')}
          </label>
          <NativeSelect id="assign-all" name="assigneeId" defaultValue="" className="w-64">
            <option value="">{t('unassigned')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <SubmitButton variant="outline" pendingLabel={tf('saving')}>
          {t('allSubmit')}
        </SubmitButton>
        {(all.formError || all.fieldErrors('assigneeId')) && <Alert className="w-full">{all.formError ?? all.fieldErrors('assigneeId')?.join(' ')}</Alert>}
        {allState?.ok && <p role="status" className="w-full text-sm text-success">{t('saved')}</p>}
      </form>
      <form key={JSON.stringify(assigned)} action={action} className="space-y-3">
        <input type="hidden" name="decisionId" value={decisionId} />
        {(each.formError || each.fieldErrors('assigneeId')) && <Alert>{each.formError ?? each.fieldErrors('assigneeId')?.join(' ')}</Alert>}
        <ol className="divide-y divide-border rounded-lg border border-border">
          {items.map((item) => (
            <li key={item.key} className="grid items-center gap-2 px-4 py-2 md:grid-cols-[1fr_16rem]">
              <label htmlFor={`assign-${item.key}`} className="text-sm">
                <span className="font-semibold">{item.number}.</span> {item.question}
                <span className="sr-only"> — {t('item', { number: item.number })}</span>
              </label>
              <NativeSelect id={`assign-${item.key}`} name={`item.${item.key}`} defaultValue={assigned[item.key] ?? ''}>
                <option value="">{t('unassigned')}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </NativeSelect>
            </li>
          ))}
        </ol>
        <SubmitButton pendingLabel={tf('saving')}>{t('save')}</SubmitButton>
        {state?.ok && <p role="status" className="text-sm text-success">{t('saved')}</p>}
      </form>
    </div>
  );
}
