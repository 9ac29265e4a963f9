'use client';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { COST_YEARS, costRows, parseYen, seriesFor, type CostInputs, type CostSeries } from '@/lib/domain/cost';

type Candidate = { id: string; name: string; cost: CostInputs };

// Lines differ in dash pattern as well as colour, so they stay apart in greyscale print and for colour blindness.
type LineStyle = { stroke: string; dash?: string };
const STYLES: LineStyle[] = [
  { stroke: '#1d4ed8', dash: undefined },
  { stroke: '#b45309', dash: '8 4' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '12 4 2 4' },
  { stroke: '#be123c', dash: '4 4' },
];
const OWN_STYLE: LineStyle = { stroke: '#111827', dash: undefined };

/**
 * Total cost over 1–5 years, own servers vs each candidate (guide item 2). The own-server figures are never
 * stored: they are a what-if the user types here. The chart is hidden from assistive technology and the same
 * numbers are given as a table, which is also what screen readers read.
 */
export function CostChart({ candidates }: { candidates: Candidate[] }) {
  const t = useTranslations('compare.chart');
  const locale = useLocale();
  const [own, setOwn] = useState({ initial: '', monthly: '' });
  const ownInitial = parseYen(own.initial);
  const ownMonthly = parseYen(own.monthly);
  const invalid = { initial: own.initial.trim() !== '' && ownInitial === null, monthly: own.monthly.trim() !== '' && ownMonthly === null };

  const ownSeries = seriesFor('own', t('ownName'), { initial: ownInitial, monthly: ownMonthly });
  const candidateSeries = candidates.map((c, i) => ({ series: seriesFor(`c${i}`, c.name, c.cost), style: STYLES[i % STYLES.length]! }));
  const drawn: { series: CostSeries; style: LineStyle }[] = [
    ...(ownSeries ? [{ series: ownSeries, style: OWN_STYLE }] : []),
    ...candidateSeries.flatMap((x) => (x.series ? [{ series: x.series, style: x.style }] : [])),
  ];
  const missing = candidates.filter((_, i) => !candidateSeries[i]?.series);
  const yen = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const rows = costRows(drawn.map((d) => d.series));

  return (
    <div className="space-y-4">
      <fieldset className="space-y-3 rounded-md border border-border p-4 print:hidden">
        <legend className="px-1 text-sm font-medium">{t('ownLegend')}</legend>
        <p className="text-xs text-muted-foreground">{t('ownHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {(['initial', 'monthly'] as const).map((k) => (
            <Field key={k} id={`own-${k}`} label={t(k === 'initial' ? 'ownInitial' : 'ownMonthly')} errors={invalid[k] ? [t('invalid')] : undefined}>
              {(aria) => <Input {...aria} inputMode="numeric" autoComplete="off" value={own[k]} onChange={(e) => setOwn({ ...own, [k]: e.target.value })} />}
            </Field>
          ))}
        </div>
      </fieldset>
      {ownSeries && (
        // The inputs are not printed, so the printout states the what-if figures the own-server line is drawn from.
        <p className="hidden text-sm print:block">
          {t('ownPrinted', { initial: yen.format(ownInitial ?? 0), monthly: yen.format(ownMonthly ?? 0) })}
        </p>
      )}
      {drawn.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('noData')}</p>
      ) : (
        <>
          <div aria-hidden="true" className="h-80 w-full" data-testid="cost-chart">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 320 }}>
              <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="year" tickFormatter={(y: number) => t('year', { years: y })} />
                <YAxis tickFormatter={(v: number) => compact.format(v)} width={72} />
                <Tooltip formatter={(v) => yen.format(Number(v))} labelFormatter={(y) => t('year', { years: Number(y) })} />
                <Legend />
                {drawn.map(({ series, style }) => (
                  <Line key={series.key} dataKey={series.key} name={series.name} stroke={style.stroke} strokeDasharray={style.dash} strokeWidth={2} isAnimationActive={false} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="sr-only text-sm print:not-sr-only print:mt-4" data-testid="cost-table">
            <caption>{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('candidate')}</th>
                {COST_YEARS.map((y) => (
                  <th key={y} scope="col">
                    {t('year', { years: y })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {drawn.map(({ series }) => (
                <tr key={series.key}>
                  <th scope="row">{series.name}</th>
                  {series.values.map((v, i) => (
                    <td key={i}>{v === null ? '' : yen.format(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {missing.length > 0 && (
        <p className="text-xs text-muted-foreground">
          {missing.map((c) => c.name).join(locale === 'ja' ? '、' : ', ')} {t('missing')}
        </p>
      )}
    </div>
  );
}
