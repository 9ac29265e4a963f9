import { describe, expect, it } from 'vitest';
import { costRows, cumulativeCost, parseYen, seriesFor } from './cost';

describe('cumulativeCost', () => {
  it('adds twelve months of fee and indirect cost per year to the initial cost', () => {
    expect(cumulativeCost({ initial: 100_000, monthly: 20_000, monthlyIndirect: 5_000 }, 1)).toBe(400_000);
    expect(cumulativeCost({ initial: 100_000, monthly: 20_000, monthlyIndirect: 5_000 }, 5)).toBe(1_600_000);
  });

  it('treats a missing part as zero but needs at least one of initial or monthly', () => {
    expect(cumulativeCost({ initial: null, monthly: 1_000 }, 2)).toBe(24_000);
    expect(cumulativeCost({ initial: 50_000, monthly: null }, 3)).toBe(50_000);
    expect(cumulativeCost({ initial: null, monthly: null, monthlyIndirect: 9 }, 1)).toBeNull();
  });
});

describe('series and rows', () => {
  it('builds five yearly points and drops series with nothing known', () => {
    const own = seriesFor('own', '自社サーバ', { initial: 1_000_000, monthly: 30_000 })!;
    expect(own.values).toEqual([1_360_000, 1_720_000, 2_080_000, 2_440_000, 2_800_000]);
    expect(seriesFor('x', 'x', { initial: null, monthly: null })).toBeNull();
    expect(costRows([own])[0]).toEqual({ year: 1, own: 1_360_000 });
  });
});

describe('parseYen', () => {
  it.each([
    ['120000', 120000],
    ['120,000', 120000],
    ['１２０，０００円', 120000],
    [' 5 yen ', 5],
  ])('reads %j', (input, expected) => expect(parseYen(input)).toBe(expected));

  it.each(['', 'abc', '-1', '1.5', '12345678901234'])('refuses %j', (input) => expect(parseYen(input)).toBeNull());
});
