'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

// Shown instead of a stack trace when rendering fails; the digest lets us find the server log line.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20">
      <h1 className="text-2xl font-semibold">{t('errorTitle')}</h1>
      <p className="mt-4 text-muted-foreground">{t('errorBody')}</p>
      <Button className="mt-6" onClick={reset}>
        {t('retry')}
      </Button>
    </main>
  );
}
