import { getFormatter, getTranslations } from 'next-intl/server';

type Event = { id: string; at: Date; action: string; actorName: string | null; data: Record<string, unknown> };

/** The decision's audit events as a timeline, newest first. */
export async function HistoryTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations('reviews.history');
  const format = await getFormatter();
  if (events.length === 0) return <p className="text-muted-foreground">{t('empty')}</p>;
  const describe = (e: Event) => {
    const key = `actions.${e.action.replaceAll('.', '_')}` as Parameters<typeof t>[0];
    const values = { name: String(e.data.name ?? ''), item: String(e.data.item ?? ''), candidate: String(e.data.candidate ?? ''), revision: String(e.data.revision ?? '') };
    return t.has(key) ? t(key, values) : t('other', { code: e.action });
  };
  return (
    <ol className="space-y-3 border-l-2 border-border pl-4">
      {events.map((e) => (
        <li key={e.id} className="text-sm">
          <time dateTime={e.at.toISOString()} className="block text-xs text-muted-foreground">
            {format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
          <span className="font-medium">{e.actorName ?? '—'}</span>: {describe(e)}
        </li>
      ))}
    </ol>
  );
}
