import { DashboardView } from '@/components/dashboard/dashboard-view';
import { AppFrame } from '@/components/shell/app-frame';
import { fromMemory, openFloor } from '@/lib/server/bench-floor';
import { getDashboard } from '@/lib/server/decisions';

/** The dashboard rendered from memory: the benchmark's no-database floor for the dashboard (lib/server/bench-floor.ts). */
export default async function DashboardFloor({ params }: { params: Promise<{ locale: string }> }) {
  const { viewer } = await openFloor(params);
  const data = await fromMemory(`dashboard:${viewer.companyId}:${viewer.userId}`, () => getDashboard(viewer));
  return (
    <AppFrame viewer={viewer}>
      <DashboardView viewer={viewer} data={data} />
    </AppFrame>
  );
}
