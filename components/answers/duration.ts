import { durationParts } from '@/lib/domain/downtime';

/** The `answers.downtime` translator, narrowed to the two keys used here so it is easy to supply in tests. */
export type DurationTranslate = (key: 'duration' | 'zero', values?: Record<string, number>) => string;

/** "8時間45分36秒" / "8 hours 45 minutes 36 seconds": zero units are left out, words come from the catalogs. */
export function formatDuration(seconds: number, t: DurationTranslate): string {
  if (Math.round(seconds) <= 0) return t('zero');
  return t('duration', durationParts(seconds)).trim();
}
