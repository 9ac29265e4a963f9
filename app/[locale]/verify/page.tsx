import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { unsafeVerifyHash } from '@/lib/server/verify';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ hash?: string | string[] }> };

/** Public: shows only what the PDF itself shows, and only for a fully signed revision. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('verify');
  const format = await getFormatter();
  const raw = (await searchParams).hash;
  const hash = typeof raw === 'string' ? raw.trim().slice(0, 200) : undefined;
  const result = hash ? await unsafeVerifyHash(hash) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-muted-foreground">{t('lead')}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="min-w-72 flex-1 space-y-1.5">
          <Label htmlFor="hash">{t('hash')}</Label>
          <Input id="hash" name="hash" defaultValue={hash} autoComplete="off" spellCheck={false} className="font-mono text-sm" />
        </div>
        <Button type="submit">{t('check')}</Button>
      </form>
      {hash && !result && <Alert>{t('invalid')}</Alert>}
      {result && (
        <section aria-labelledby="verified" className="space-y-3 rounded-lg border border-success/40 bg-green-50 p-5">
          <h2 id="verified" className="font-semibold text-success">{t('valid')}</h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">{t('company')}</dt>
            <dd>{result.companyName}</dd>
            <dt className="font-medium">{t('decision')}</dt>
            <dd>{result.decisionTitle}</dd>
            <dt className="font-medium">{t('revision')}</dt>
            <dd>{result.revision}</dd>
            <dt className="font-medium">{t('verdict')}</dt>
            <dd>{result.verdict ? t(result.verdict) : '—'}</dd>
            {result.chosenCandidate && (
              <>
                <dt className="font-medium">{t('chosen')}</dt>
                <dd>{result.chosenCandidate}</dd>
              </>
            )}
            <dt className="font-medium">{t('signers')}</dt>
            <dd>
              <ul>
                {result.signatures.map((s) => (
                  <li key={s.role}>
                    {t(`roles.${s.role}`)}: {s.name}（{format.dateTime(s.signedAt, { dateStyle: 'medium', timeStyle: 'short' })}）
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </section>
      )}
    </div>
  );
}
