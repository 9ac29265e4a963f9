import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { AppFrame } from '@/components/shell/app-frame';
import { benchFloorEnabled, floorViewer, fromMemory } from '@/lib/server/bench-floor';
import { getDashboard } from '@/lib/server/decisions';

/** The dashboard rendered from memory: the benchmark's no-database floor for the dashboard (lib/server/bench-floor.ts). */
export default async function DashboardFloor({ params }: { params: Promise<{ locale: string }> }) {
  if (!benchFloorEnabled()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await floorViewer();
  if (!viewer) notFound();
  const data = await fromMemory(`dashboard:${viewer.companyId}:${viewer.userId}`, () => getDashboard(viewer));
  return (
    <AppFrame viewer={viewer}>
      <DashboardView viewer={viewer} data={data} />
    </AppFrame>
  );
}
