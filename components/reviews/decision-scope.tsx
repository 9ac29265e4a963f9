import { getLocale, getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { pick } from '@/lib/domain/checklist/pick';
import type { ChecklistTemplate } from '@/lib/domain/checklist/types';

type Picked = { selected?: string[]; note?: string };
type Props = {
  decision: { id: string; scopeBusiness: string; scopeInformation: string; needs: unknown; infoImportance: unknown };
  template: ChecklistTemplate;
  canEdit: boolean;
};

/** Item 1 (scope), section 3 (needs) and item 3 (importance) as the decision recorded them. */
export async function DecisionScope({ decision, template, canEdit }: Props) {
  const t = await getTranslations('reviews.decision');
  const locale = await getLocale();
  const needs = decision.needs as Picked;
  const importance = decision.infoImportance as Picked;
  const needLabels = template.needs.flatMap((n) => n.options).filter((o) => needs.selected?.includes(o.key));
  const importanceLabels = (template.infoImportance?.considerations ?? []).filter((o) => importance.selected?.includes(o.key));
  const text = (s: string | undefined) => (s && s.trim() ? <span className="whitespace-pre-wrap">{s}</span> : <span className="text-muted-foreground">{t('none')}</span>);
  const list = (items: { key: string; text: { ja: string; en: string } }[], note?: string) =>
    items.length || note ? (
      <>
        <ul className="list-disc pl-5">{items.map((o) => <li key={o.key}>{pick(o.text, locale)}</li>)}</ul>
        {note && <p className="mt-1 whitespace-pre-wrap">{note}</p>}
      </>
    ) : (
      text(undefined)
    );
  return (
    <Card aria-labelledby="scope-title">
      <div className="flex items-baseline justify-between">
        <CardTitle id="scope-title">{t('scope')}</CardTitle>
        {canEdit && (
          <Link href={`/decisions/${decision.id}/edit`} className="text-sm text-primary underline">
            {t('edit')}
          </Link>
        )}
      </div>
      <dl className="mt-4 grid gap-4 text-sm md:grid-cols-2">
        <div><dt className="font-semibold">{t('business')}</dt><dd>{text(decision.scopeBusiness)}</dd></div>
        <div><dt className="font-semibold">{t('information')}</dt><dd>{text(decision.scopeInformation)}</dd></div>
        <div><dt className="font-semibold">{t('needs')}</dt><dd>{list(needLabels, needs.note)}</dd></div>
        <div><dt className="font-semibold">{t('importance')}</dt><dd>{list(importanceLabels, importance.note)}</dd></div>
      </dl>
    </Card>
  );
}
