import { getTranslations } from 'next-intl/server';
import { DecisionList } from '@/components/reviews/decision-list';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/domain/permissions';
import type { getDashboard } from '@/lib/server/decisions';
import type { Viewer } from '@/lib/server/session';

const nextSteps = ['invite', 'decision', 'review', 'signoff'] as const;

type Props = { viewer: Viewer; data: Awaited<ReturnType<typeof getDashboard>> };

/** The dashboard's content, from data already loaded (the page loads it; the benchmark's floor replays it). */
export async function DashboardView({ viewer, data }: Props) {
  const { decisions, myItems } = data;
  const t = await getTranslations('dashboard');
  const tr = await getTranslations('reviews');
  const roles = await getTranslations('app.roles');
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('welcome', { name: viewer.userName })}</h1>
          <p className="mt-1 text-muted-foreground">{t('roleLine', { company: viewer.companyName, role: roles(viewer.role) })}</p>
        </div>
        {can(viewer.role, 'decision.create') && (
          <Button asChild>
            <Link href="/decisions/new">{tr('list.new')}</Link>
          </Button>
        )}
      </div>
      {myItems.total > 0 && (
        <Card aria-labelledby="my-items-title">
          <CardTitle id="my-items-title">{t('myItemsTitle')}</CardTitle>
          <p className="mt-2">{t('myItemsSummary', { open: myItems.open, total: myItems.total })}</p>
          <Link href="/my-items" className="mt-2 inline-block text-primary underline">
            {tr('nav.myItems')}
          </Link>
        </Card>
      )}
      {decisions.length > 0 ? (
        <section aria-labelledby="decisions-title" className="space-y-4">
          <h2 id="decisions-title" className="text-xl font-semibold">
            {tr('list.title')}
          </h2>
          <DecisionList decisions={decisions} />
        </section>
      ) : (
        <Card>
          <CardTitle>{t('emptyTitle')}</CardTitle>
          <p className="mt-3 text-muted-foreground">{t('emptyBody')}</p>
          <ol className="mt-4 list-decimal space-y-2 pl-6">
            {nextSteps.map((step) => (
              <li key={step}>{t(`next.${step}`)}</li>
            ))}
          </ol>
          <p className="mt-6 text-sm text-muted-foreground">{t('guideNote')}</p>
        </Card>
      )}
    </div>
  );
}
