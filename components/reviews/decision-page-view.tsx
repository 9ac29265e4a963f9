import { getTranslations } from 'next-intl/server';
import { CandidateList } from '@/components/reviews/candidate-list';
import { CommentForm } from '@/components/reviews/comment-form';
import { CommentList } from '@/components/reviews/comment-list';
import { DecisionScope } from '@/components/reviews/decision-scope';
import { HistoryTimeline } from '@/components/reviews/history-timeline';
import { ItemOverview } from '@/components/reviews/item-overview';
import { AssignmentForm } from '@/components/reviews/assignment-form';
import { StatusBadge } from '@/components/reviews/status-badge';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { pick } from '@/lib/domain/checklist/pick';
import { can } from '@/lib/domain/permissions';
import type { getDecisionPage } from '@/lib/server/decision-page';
import { SignOffPanel } from '@/components/signoff/signoff-panel';
import type { Viewer } from '@/lib/server/session';

type Props = { viewer: Viewer; data: Awaited<ReturnType<typeof getDecisionPage>>; locale: string };

/** The decision page's content, from data already loaded (the page loads it; the benchmark's floor replays it). */
export async function DecisionPageView({ viewer, data, locale }: Props) {
  const { comments, history, signOff } = data;
  const t = await getTranslations('reviews');
  const compare = await getTranslations('compare');
  const roles = await getTranslations('app.roles');
  const { decision, template } = data;
  const numberOf = new Map(template.items.map((i) => [i.key, i.number]));
  return (
    <div className="space-y-8">
      <div>
        <Link href="/decisions" className="text-sm text-primary underline">
          {t('decision.back')}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{decision.title}</h1>
          <StatusBadge status={decision.status} />
        </div>
        <p className="text-sm text-muted-foreground">{t('decision.template', { title: pick(template.title, locale) })}</p>
      </div>
      <DecisionScope decision={decision} template={template} canEdit={can(viewer.role, 'decision.create')} />
      <CandidateList decisionId={decision.id} candidates={data.candidates} canEdit={can(viewer.role, 'candidate.edit')} />
      {data.candidates.length > 0 && (
        <p className="-mt-4 text-sm">
          <Link href={`/decisions/${decision.id}/compare`} className="font-medium text-primary underline">
            {compare('open')}
          </Link>
          <span className="ml-2 text-muted-foreground">{compare('openHint')}</span>
        </p>
      )}
      <SignOffPanel decisionId={decision.id} role={viewer.role} state={signOff} template={template} candidates={data.candidates} answers={data.answers} />
      <ItemOverview decisionId={decision.id} template={template} candidates={data.candidates} answers={data.answers} assignments={data.assignments} members={data.members} />
      {can(viewer.role, 'item.assign') && (
        <Card aria-labelledby="assign-title">
          <CardTitle id="assign-title">{t('assign.title')}</CardTitle>
          <p className="mb-4 mt-1 text-sm text-muted-foreground">{t('assign.lead')}</p>
          <AssignmentForm
            decisionId={decision.id}
            items={template.items.map((i) => ({ key: i.key, number: i.number, question: pick(i.question, locale) }))}
            people={data.members.filter((m) => m.role !== 'ADVISOR').map((m) => ({ id: m.id, label: `${m.name}（${roles(m.role)}）` }))}
            assigned={Object.fromEntries(data.assignments.map((a) => [a.itemKey, a.assigneeId]))}
          />
        </Card>
      )}
      <Card aria-labelledby="comments-title">
        <CardTitle id="comments-title">{t('comments.title')}</CardTitle>
        <div className="mt-4 space-y-4">
          <CommentList comments={comments.map((c) => ({ ...c, itemNumber: c.itemKey ? numberOf.get(c.itemKey) : null }))} />
          {can(viewer.role, 'comment.create') && <CommentForm decisionId={decision.id} idPrefix="decision" />}
        </div>
      </Card>
      <Card aria-labelledby="history-title">
        <CardTitle id="history-title">{t('history.title')}</CardTitle>
        <div className="mt-4">
          <HistoryTimeline events={history} />
        </div>
      </Card>
    </div>
  );
}
