import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DecisionPageView } from '@/components/reviews/decision-page-view';
import { getDecisionPage } from '@/lib/server/decision-page';
import { orNotFound } from '@/lib/server/page-data';
import { requireViewer } from '@/lib/server/session';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('reviews.list'))('title') + ` ${(await params).id.slice(0, 8)}` };
}

export default async function DecisionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const data = await orNotFound(getDecisionPage(viewer, id));
  return <DecisionPageView viewer={viewer} data={data} locale={locale} />;
}
