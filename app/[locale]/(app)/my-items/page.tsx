import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/components/answers/answer-form';
import { MyItemsList } from '@/components/answers/my-items-list';
import { Card, CardTitle } from '@/components/ui/card';
import { myItems } from '@/lib/server/assignments';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('myItems'))('title') };
}

export default async function MyItemsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const items = await myItems(viewer);
  const t = await getTranslations('myItems');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('lead')}</p>
      </div>
      {items.length === 0 ? (
        <Card>
          <CardTitle>{t('emptyTitle')}</CardTitle>
          <p className="mt-3 text-muted-foreground">{viewer.role === 'ADVISOR' ? t('emptyAdvisor') : t('emptyBody')}</p>
        </Card>
      ) : (
        <MyItemsList items={items} locale={locale as Locale} />
      )}
    </div>
  );
}
