import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AppHeader } from '@/components/shell/app-header';
import { Card, CardTitle } from '@/components/ui/card';
import { sessionClaims } from '@/lib/server/auth';

// The benchmark's floor (`npm run bench`, part 1): the signed-in layout — header, navigation, a card — and the
// session cookie check, but no database work, so page throughput can be reported as a share of what the
// framework itself manages on this machine. It exists only on a server started with KUMO_BENCH_FLOOR=1.
export default async function BenchFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  if (process.env.KUMO_BENCH_FLOOR !== '1') notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const claims = await sessionClaims();
  if (!claims) notFound();
  const t = await getTranslations('dashboard');
  return (
    <>
      <AppHeader companyId={claims.companyId} companyName="—" userName="—" email="—" role="MANAGER" companies={[]} />
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        <Card>
          <CardTitle>{t('emptyTitle')}</CardTitle>
          <p className="mt-3 text-muted-foreground">{t('emptyBody')}</p>
        </Card>
      </main>
    </>
  );
}
