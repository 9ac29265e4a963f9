import { getTranslations } from 'next-intl/server';
import { CandidateSummaries } from '@/components/compare/candidate-summaries';
import { ComparisonMatrix } from '@/components/compare/comparison-matrix';
import { CostChart } from '@/components/compare/cost-chart';
import { KeyFacts } from '@/components/compare/key-facts';
import { PrintButton } from '@/components/compare/print-button';
import { PrintStyles } from '@/components/compare/print-styles';
import { Card, CardTitle } from '@/components/ui/card';
import { Link } from '@/i18n/navigation';
import { candidateCost, indexAnswers } from '@/lib/domain/comparison';
import type { Comparison } from '@/lib/server/comparison';

type Props = { data: Comparison; locale: string };

/** The comparison page's content, from data already loaded (the page loads it; the benchmark's floor replays it). */
export async function ComparePageView({ data, locale }: Props) {
  const t = await getTranslations('compare');
  const { decision, template, candidates } = data;
  const answers = indexAnswers(data.answers);
  // A plain link, not <Link>: the CSV is a file download from a route handler, never a page to prefetch.
  const csvHref = `${locale === 'ja' ? '' : `/${locale}`}/decisions/${decision.id}/export`;
  return (
    <div className="space-y-8">
      <PrintStyles />
      <div>
        <Link href={`/decisions/${decision.id}`} className="text-sm text-primary underline print:hidden">
          {t('back', { title: decision.title })}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          {t('title')}：{decision.title}
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">{t('lead')}</p>
        <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
          <a href={csvHref} download className="inline-flex h-10 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:opacity-90">
            {t('csv.download')}
          </a>
          <PrintButton />
          <p className="text-xs text-muted-foreground">{t('csv.hint')}</p>
        </div>
      </div>
      {candidates.length === 0 ? (
        <p>{t('noCandidates')}</p>
      ) : (
        <>
          <Card aria-labelledby="summary-title" className="break-inside-avoid">
            <CardTitle id="summary-title">{t('summary.title')}</CardTitle>
            <CandidateSummaries candidates={candidates} />
          </Card>
          <Card aria-labelledby="matrix-title">
            <CardTitle id="matrix-title">{t('matrix.title')}</CardTitle>
            <div className="mt-4">
              <ComparisonMatrix decisionId={decision.id} template={template} candidates={candidates} answers={answers} />
            </div>
          </Card>
          <Card aria-labelledby="facts-title">
            <CardTitle id="facts-title">{t('facts.title')}</CardTitle>
            <div className="mt-4">
              <KeyFacts template={template} candidates={candidates} answers={answers} />
            </div>
          </Card>
          <Card aria-labelledby="chart-title" className="break-inside-avoid">
            <CardTitle id="chart-title">{t('chart.title')}</CardTitle>
            <p className="mb-4 mt-1 text-sm">{t('chart.explanation')}</p>
            <CostChart candidates={candidates.map((c) => ({ id: c.id, name: c.name, cost: candidateCost(answers, c.id) }))} />
          </Card>
        </>
      )}
    </div>
  );
}
