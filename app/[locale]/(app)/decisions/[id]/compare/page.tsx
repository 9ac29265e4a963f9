import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ComparePageView } from '@/components/compare/compare-page-view';
import { getComparison } from '@/lib/server/comparison';
import { orNotFound } from '@/lib/server/page-data';
import { requireViewer } from '@/lib/server/session';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('compare'))('title') };
}

export default async function ComparePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const data = await orNotFound(getComparison(viewer, id));
  return <ComparePageView data={data} locale={locale} />;
}
