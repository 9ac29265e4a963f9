import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-muted-foreground">{t('notFoundBody')}</p>
      <p className="mt-6">
        <Link href="/" className="text-primary underline">
          {t('backHome')}
        </Link>
      </p>
    </main>
  );
}
