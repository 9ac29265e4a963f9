import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const nextSteps = ['invite', 'decision', 'review', 'signoff'] as const;

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('dashboard');
  const roles = await getTranslations('app.roles');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('welcome', { name: viewer.userName })}</h1>
        <p className="mt-1 text-muted-foreground">
          {t('roleLine', { company: viewer.companyName, role: roles(viewer.role) })}
        </p>
      </div>
      <Card>
        <CardTitle>{t('emptyTitle')}</CardTitle>
        <p className="mt-3 text-muted-foreground">{t('emptyBody')}</p>
        <ol className="mt-4 list-decimal space-y-2 pl-6">
          {nextSteps.map((step) => (
            <li key={step}>{t(`next.${step}`)}</li>
          ))}
        </ol>
        <p className="mt-6 text-sm text-muted-foreground">{t('guideNote')}</p>
      </Card>
    </div>
  );
}
