// Cumulative cost over years (guide item 2): owning IT vs using each cloud candidate, compared as money against
// how long (how much) you use it. Whole yen throughout, so sums stay exact.
export const COST_YEARS = [1, 2, 3, 4, 5] as const;

export type CostInputs = { initial: number | null; monthly: number | null; monthlyIndirect?: number | null };

/** initial + 12 × (monthly + indirect) × years; null when neither a start-up nor a monthly figure is known. */
export function cumulativeCost(c: CostInputs, years: number): number | null {
  if (c.initial == null && c.monthly == null) return null;
  return (c.initial ?? 0) + 12 * ((c.monthly ?? 0) + (c.monthlyIndirect ?? 0)) * years;
}

export type CostSeries = { key: string; name: string; values: (number | null)[] };

/** One row per year with a column per series key, the shape charts and the text alternative both read. */
export function costRows(series: readonly CostSeries[]): { year: number; [key: string]: number | null }[] {
  return COST_YEARS.map((year, i) => ({ year, ...Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? null])) }));
}

export function seriesFor(key: string, name: string, c: CostInputs): CostSeries | null {
  const values = COST_YEARS.map((y) => cumulativeCost(c, y));
  return values.every((v) => v === null) ? null : { key, name, values };
}

/** Parses a yen amount as typed (full-width digits, commas, 円/yen allowed); null for blank or invalid. */
export function parseYen(input: string): number | null {
  const text = input
    .normalize('NFKC')
    .replace(/[,\s円]|yen/gi, '')
    .trim();
  if (!/^\d{1,13}$/.test(text)) return null;
  return Number(text);
}
