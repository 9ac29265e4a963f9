import { getTranslations } from 'next-intl/server';
import { AppFrame } from '@/components/shell/app-frame';
import { Card, CardTitle } from '@/components/ui/card';
import { openFloor } from '@/lib/server/bench-floor';

// The framework floor of `npm run bench`, part 1: the signed-in layout (header, navigation, a card) and the session
// cookie check, and nothing else — what any signed-in page costs before it shows its own content.
export default async function BenchFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  const { viewer } = await openFloor(params);
  const t = await getTranslations('dashboard');
  return (
    <AppFrame viewer={viewer}>
      <Card>
        <CardTitle>{t('emptyTitle')}</CardTitle>
        <p className="mt-3 text-muted-foreground">{t('emptyBody')}</p>
      </Card>
    </AppFrame>
  );
}
