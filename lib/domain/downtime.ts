// Allowed downtime for a guaranteed availability (guide item 10 (ウ)). The guide's own example: 0.1% of a year
// is 8 h 45 m 36 s, i.e. a 365-day year. A month is the average Gregorian month (365.2425 / 12 days), which
// gives the familiar ≈ 43 m 50 s for 99.9%.
export type AvailabilityPeriod = 'month' | 'year';

const DAY = 24 * 60 * 60;
export const PERIOD_SECONDS: Record<AvailabilityPeriod, number> = {
  year: 365 * DAY,
  month: (365.2425 / 12) * DAY,
};

/** Seconds of downtime the guarantee allows per period, rounded to the nearest second; null for invalid input. */
export function allowedDowntimeSeconds(availabilityPercent: number, period: AvailabilityPeriod): number | null {
  if (!Number.isFinite(availabilityPercent) || availabilityPercent < 0 || availabilityPercent > 100) return null;
  // Work in thousandths of a percent so 99.9 is exact (100 - 99.9 in floating point is 0.09999999999999432).
  const downThousandths = Math.round((100 - availabilityPercent) * 1000);
  return Math.round((PERIOD_SECONDS[period] * downThousandths) / 100_000);
}

export type DurationParts = { days: number; hours: number; minutes: number; seconds: number };

export function durationParts(totalSeconds: number): DurationParts {
  const s = Math.max(0, Math.round(totalSeconds));
  return {
    days: Math.floor(s / DAY),
    hours: Math.floor((s % DAY) / 3600),
    minutes: Math.floor((s % 3600) / 60),
    seconds: s % 60,
  };
}
