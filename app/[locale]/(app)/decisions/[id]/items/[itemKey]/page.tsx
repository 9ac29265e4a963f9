import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { AnswerEditor } from '@/components/answers/answer-editor';
import { pick, type Locale } from '@/components/answers/answer-form';
import { toSnapshot } from '@/components/answers/answer-snapshot';
import { AnswerSummary } from '@/components/answers/answer-summary';
import { ItemGuidance } from '@/components/answers/item-guidance';
import { ItemNav, ItemPager } from '@/components/answers/item-nav';
import { CommentForm } from '@/components/reviews/comment-form';
import { CommentList } from '@/components/reviews/comment-list';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/domain/permissions';
import { getItemPage } from '@/lib/server/answers';
import { EDITABLE_STATUSES } from '@/lib/server/decisions';
import { AppError } from '@/lib/server/errors';
import { currentViewer, requireViewer, type Viewer } from '@/lib/server/session';

type Props = { params: Promise<{ locale: string; id: string; itemKey: string }> };

// Metadata and page share one read per request.
const loadItem = cache(async (viewer: Viewer, id: string, itemKey: string) => {
  try {
    return await getItemPage(viewer, id, itemKey);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id, itemKey } = await params;
  const viewer = await currentViewer();
  const data = viewer ? await loadItem(viewer, id, itemKey) : null;
  if (!data) return {};
  const t = await getTranslations('answers');
  return { title: t('itemTitle', { number: data.item.number, question: pick(data.item.question, locale as Locale) }) };
}

export default async function ItemPage({ params }: Props) {
  const { locale: rawLocale, id, itemKey } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const viewer = await requireViewer(locale);
  const data = await loadItem(viewer, id, itemKey);
  if (!data) notFound();
  const { decision, template, item, candidates, answers, assignee, counts, comments } = data;
  const t = await getTranslations('answers');
  const tc = await getTranslations('reviews.comments');
  const mayEdit = can(viewer.role, 'answer.edit');
  // While a revision is being signed nothing changes; after a verdict a save opens the next revision.
  const signedVerdict = decision.status === 'APPROVED' || decision.status === 'REJECTED';
  const editable = mayEdit && ((EDITABLE_STATUSES as readonly string[]).includes(decision.status) || signedVerdict);
  const group = template.groups.find((g) => g.key === item.group);
  const snapshot = (candidateId: string) => {
    const a = answers.get(candidateId);
    return a ? toSnapshot(a) : null;
  };
  return (
    <div className="space-y-6">
      <Link href={`/decisions/${decision.id}`} className="text-sm text-primary underline-offset-4 hover:underline">
        <span aria-hidden>← </span>
        {t('backToDecision', { title: decision.title })}
      </Link>
      <header className="space-y-1">
        {group && <p className="text-sm text-muted-foreground">{t('groupLabel', { group: group.key, title: pick(group.title, locale) })}</p>}
        <h1 className="text-2xl font-bold">{t('itemTitle', { number: item.number, question: pick(item.question, locale) })}</h1>
        <p className="text-sm" data-testid="assignee">
          {assignee ? t(assignee.id === viewer.userId ? 'assigneeYou' : 'assignee', { name: assignee.name }) : t('assigneeNone')}
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <ItemNav decisionId={decision.id} template={template} counts={counts} currentKey={item.key} locale={locale} className="order-last lg:order-first" />
        <div className="min-w-0 space-y-8">
          <ItemPager decisionId={decision.id} template={template} currentKey={item.key} locale={locale} />
          <ItemGuidance item={item} locale={locale} />
          <section aria-labelledby="answers-title" className="space-y-4">
            <div>
              <h2 id="answers-title" className="text-xl font-semibold">
                {t('answersTitle')}
              </h2>
              {editable && candidates.length > 0 && <p className="mt-1 text-sm text-muted-foreground">{t('answersLead')}</p>}
            </div>
            {!mayEdit && <p className="rounded-md bg-muted px-4 py-3 text-sm">{t('readOnlyAdvisor')}</p>}
            {mayEdit && !editable && <p className="rounded-md bg-muted px-4 py-3 text-sm">{t('readOnlyLocked')}</p>}
            {editable && signedVerdict && (
              <p className="rounded-md bg-muted px-4 py-3 text-sm">{t('editOpensRevision', { next: decision.revision + 1 })}</p>
            )}
            {candidates.length === 0 ? (
              <p className="text-sm">{t('noCandidates')}</p>
            ) : (
              <div className="grid grid-cols-[repeat(auto-fit,minmax(16rem,1fr))] gap-4">
                {candidates.map((c) =>
                  editable ? (
                    <AnswerEditor
                      key={c.id}
                      decisionId={decision.id}
                      item={item}
                      candidate={{ id: c.id, name: c.name, provider: c.provider, plan: c.plan }}
                      answer={snapshot(c.id)}
                      riskGuidance={template.riskReview && pick(template.riskReview, locale)}
                    />
                  ) : (
                    <section key={c.id} aria-labelledby={`candidate-${c.id}`} className="rounded-lg border border-border bg-card p-4 shadow-sm">
                      <h3 id={`candidate-${c.id}`} className="mb-3 border-b border-border pb-2 text-lg font-semibold break-words">
                        {c.name}
                      </h3>
                      <AnswerSummary item={item} answer={snapshot(c.id)} />
                    </section>
                  ),
                )}
              </div>
            )}
          </section>
          <section aria-labelledby="comments-title" className="space-y-3">
            <h2 id="comments-title" className="text-xl font-semibold">
              {tc('title')}
            </h2>
            <p className="text-sm text-muted-foreground">{t('comments.lead')}</p>
            <CommentList comments={comments} />
            {can(viewer.role, 'comment.create') && <CommentForm decisionId={decision.id} itemKey={item.key} idPrefix="item" />}
          </section>
        </div>
      </div>
    </div>
  );
}
