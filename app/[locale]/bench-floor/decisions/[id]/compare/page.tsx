import { ComparePageView } from '@/components/compare/compare-page-view';
import { AppFrame } from '@/components/shell/app-frame';
import { fromMemory, openFloor } from '@/lib/server/bench-floor';
import { getComparison } from '@/lib/server/comparison';

/** The comparison page rendered from memory: the benchmark's no-database floor for it (lib/server/bench-floor.ts). */
export default async function CompareFloor({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, viewer } = await openFloor(params);
  const { id } = await params;
  const data = await fromMemory(`compare:${viewer.companyId}:${id}`, () => getComparison(viewer, id));
  return (
    <AppFrame viewer={viewer}>
      <ComparePageView data={data} locale={locale} />
    </AppFrame>
  );
}
