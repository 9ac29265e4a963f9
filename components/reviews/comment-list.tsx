import { getFormatter, getTranslations } from 'next-intl/server';

type Comment = { id: string; body: string; authorName: string | null; createdAt: Date; itemNumber?: number | null };

/** Comments as plain text (never HTML): whitespace kept, user markup shown as typed. */
export async function CommentList({ comments }: { comments: Comment[] }) {
  const t = await getTranslations('reviews.comments');
  const format = await getFormatter();
  if (comments.length === 0) return <p className="text-muted-foreground">{t('empty')}</p>;
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <li key={c.id} className="rounded-md border border-border p-3 text-sm">
          <p className="text-xs text-muted-foreground">
            <span className="font-medium text-foreground">{c.authorName ?? '—'}</span> ·{' '}
            <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            {c.itemNumber ? ` · ${t('onItem', { number: c.itemNumber })}` : ''}
          </p>
          <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}
