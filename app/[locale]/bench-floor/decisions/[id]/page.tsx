import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DecisionPageView } from '@/components/reviews/decision-page-view';
import { AppFrame } from '@/components/shell/app-frame';
import { benchFloorEnabled, floorViewer, fromMemory } from '@/lib/server/bench-floor';
import { getDecisionPage } from '@/lib/server/decision-page';

/** The decision page rendered from memory: the benchmark's no-database floor for it (lib/server/bench-floor.ts). */
export default async function DecisionFloor({ params }: { params: Promise<{ locale: string; id: string }> }) {
  if (!benchFloorEnabled()) notFound();
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await floorViewer();
  if (!viewer) notFound();
  const data = await fromMemory(`decision:${viewer.companyId}:${id}`, () => getDecisionPage(viewer, id));
  return (
    <AppFrame viewer={viewer}>
      <DecisionPageView viewer={viewer} data={data} locale={locale} />
    </AppFrame>
  );
}
