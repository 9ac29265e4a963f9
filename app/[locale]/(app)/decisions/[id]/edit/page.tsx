import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DecisionForm } from '@/components/reviews/decision-form';
import { decisionFormOptions } from '@/components/reviews/template-options';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/domain/permissions';
import { getDecision } from '@/lib/server/decisions';
import { orNotFound } from '@/lib/server/page-data';
import { requireViewer } from '@/lib/server/session';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews.form'))('editTitle') };
}

type Picked = { selected?: string[]; note?: string };

export default async function EditDecisionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const { decision, template } = await orNotFound(getDecision(viewer, id));
  const t = await getTranslations('reviews');
  const te = await getTranslations('errors');
  const needs = decision.needs as Picked;
  const importance = decision.infoImportance as Picked;
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={`/decisions/${decision.id}`} className="text-sm text-primary underline">
        {decision.title}
      </Link>
      <h1 className="text-2xl font-bold">{t('form.editTitle')}</h1>
      {can(viewer.role, 'decision.create') ? (
        <DecisionForm
          {...decisionFormOptions(template, locale)}
          initial={{
            id: decision.id,
            version: decision.version,
            title: decision.title,
            scopeBusiness: decision.scopeBusiness,
            scopeInformation: decision.scopeInformation,
            needs: needs.selected ?? [],
            needsNote: needs.note ?? '',
            importance: importance.selected ?? [],
            importanceNote: importance.note ?? '',
          }}
        />
      ) : (
        <Alert>{te('forbidden')}</Alert>
      )}
    </div>
  );
}
