import { DecisionPageView } from '@/components/reviews/decision-page-view';
import { AppFrame } from '@/components/shell/app-frame';
import { fromMemory, openFloor } from '@/lib/server/bench-floor';
import { getDecisionPage } from '@/lib/server/decision-page';

/** The decision page rendered from memory: the benchmark's no-database floor for it (lib/server/bench-floor.ts). */
export default async function DecisionFloor({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, viewer } = await openFloor(params);
  const { id } = await params;
  const data = await fromMemory(`decision:${viewer.companyId}:${id}`, () => getDecisionPage(viewer, id));
  return (
    <AppFrame viewer={viewer}>
      <DecisionPageView viewer={viewer} data={data} locale={locale} />
    </AppFrame>
  );
}
