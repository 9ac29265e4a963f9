import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/server/audit-log';

/** Catalog key for an action code: 'auth.sign_in.failed' -> 'actions.auth_sign_in_failed'. */
const actionKey = (action: string) => `actions.${action.replaceAll('.', '_')}`;

export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = await getTranslations('audit');
  const format = await getFormatter();
  const describe = (e: AuditEntry) => {
    const key = actionKey(e.action) as Parameters<typeof t>[0];
    const attempted = typeof e.data.attempted === 'string' ? e.data.attempted : '';
    return t.has(key) ? t(key, { attempted }) : t('unknownAction', { code: e.action });
  };
  const who = (e: AuditEntry) => {
    if (e.actorName) return e.actorName;
    const email = typeof e.data.email === 'string' ? e.data.email : null;
    return email ?? t(e.action.startsWith('auth.') ? 'system' : 'formerMember');
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-left text-sm">
        <thead className="bg-muted">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">{t('when')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('who')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('what')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('target')}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t('from')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-border align-top">
              <td className="whitespace-nowrap px-4 py-2">
                <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
              </td>
              <td className="px-4 py-2">{who(e)}</td>
              <td className="px-4 py-2">{describe(e)}</td>
              <td className="break-all px-4 py-2">{e.target ?? ''}</td>
              <td className="px-4 py-2 font-mono text-xs">{e.ip ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
