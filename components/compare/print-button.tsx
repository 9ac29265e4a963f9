'use client';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export function PrintButton() {
  const t = useTranslations('compare');
  return (
    <Button type="button" variant="outline" onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
