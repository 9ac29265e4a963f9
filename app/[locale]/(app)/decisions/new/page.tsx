import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DecisionForm } from '@/components/reviews/decision-form';
import { decisionFormOptions } from '@/components/reviews/template-options';
import { Alert } from '@/components/ui/alert';
import { getTemplate } from '@/lib/domain/checklist/registry';
import { can } from '@/lib/domain/permissions';
import { DEFAULT_TEMPLATE_KEY } from '@/lib/server/decisions';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews.form'))('newTitle') };
}

export default async function NewDecisionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('reviews.form');
  const te = await getTranslations('errors');
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <p className="mt-1 text-muted-foreground">{t('newLead')}</p>
      </div>
      {can(viewer.role, 'decision.create') ? (
        <DecisionForm {...decisionFormOptions(getTemplate(DEFAULT_TEMPLATE_KEY)!, locale)} />
      ) : (
        <Alert>{te('forbidden')}</Alert>
      )}
    </div>
  );
}
