import { describe, expect, it } from 'vitest';
import { allowedDowntimeSeconds, durationParts } from './downtime';

describe('allowedDowntimeSeconds', () => {
  it('matches the guide: 99.9% per year is 8 h 45 m 36 s', () => {
    expect(durationParts(allowedDowntimeSeconds(99.9, 'year')!)).toEqual({ days: 0, hours: 8, minutes: 45, seconds: 36 });
  });

  it('gives about 43 m 50 s for 99.9% per month', () => {
    expect(durationParts(allowedDowntimeSeconds(99.9, 'month')!)).toEqual({ days: 0, hours: 0, minutes: 43, seconds: 50 });
  });

  it('handles the usual SLA figures', () => {
    expect(allowedDowntimeSeconds(100, 'year')).toBe(0);
    expect(allowedDowntimeSeconds(99.99, 'year')).toBe(3154); // 52 m 34 s
    expect(allowedDowntimeSeconds(99.5, 'month')).toBe(13149); // 3 h 39 m 9 s
    expect(durationParts(allowedDowntimeSeconds(99, 'year')!)).toEqual({ days: 3, hours: 15, minutes: 36, seconds: 0 });
    expect(allowedDowntimeSeconds(0, 'month')).toBe(2629746);
  });

  it('refuses impossible percentages', () => {
    for (const bad of [-1, 100.01, Number.NaN, Number.POSITIVE_INFINITY]) expect(allowedDowntimeSeconds(bad, 'year')).toBeNull();
  });
});
