import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DecisionList } from '@/components/reviews/decision-list';
import { Button } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/domain/permissions';
import { listDecisions } from '@/lib/server/decisions';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews.list'))('title') };
}

export default async function DecisionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('reviews.list');
  const decisions = await listDecisions(viewer);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-muted-foreground">{t('lead')}</p>
        </div>
        {can(viewer.role, 'decision.create') && (
          <Button asChild>
            <Link href="/decisions/new">{t('new')}</Link>
          </Button>
        )}
      </div>
      {decisions.length === 0 ? <p>{t('empty')}</p> : <DecisionList decisions={decisions} />}
    </div>
  );
}
