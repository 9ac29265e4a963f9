import { getTranslations } from 'next-intl/server';

const tone: Record<string, string> = {
  APPROVED: 'bg-green-100 text-green-900',
  REJECTED: 'bg-muted text-foreground',
  RETURNED: 'bg-amber-100 text-amber-950',
};

export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations('reviews.status');
  const key = status as Parameters<typeof t>[0];
  return <span className={`rounded-full px-3 py-0.5 text-xs font-medium ${tone[status] ?? 'bg-blue-100 text-blue-950'}`}>{t.has(key) ? t(key) : status}</span>;
}
