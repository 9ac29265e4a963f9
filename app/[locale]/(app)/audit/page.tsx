import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditTable } from '@/components/audit/audit-table';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/domain/permissions';
import { listAuditLog } from '@/lib/server/audit-log';
import { requireViewer } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ before?: string | string[] }> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('audit');
  if (!can(viewer.role, 'audit.view')) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Alert className="mt-6">{t('forbidden')}</Alert>
      </>
    );
  }
  const { before } = await searchParams;
  const { entries, nextBefore } = await listAuditLog(viewer, { before });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('lead')}</p>
      </div>
      {entries.length === 0 ? <p>{t('empty')}</p> : <AuditTable entries={entries} />}
      <nav className="flex gap-4 text-sm">
        {before && (
          <Link href="/audit" className="text-primary underline">
            {t('newest')}
          </Link>
        )}
        {nextBefore && (
          <Link href={{ pathname: '/audit', query: { before: nextBefore } }} className="text-primary underline">
            {t('older')}
          </Link>
        )}
      </nav>
    </div>
  );
}
