// Part 3: the decision PDF (pdfkit, server side) for 1, 3 and 10 candidates — time and size over HTTP, as a
// user downloads it — against headless Chromium printing the HTML comparison page of the same decision.
import { existsSync } from 'node:fs';
import type { Bench } from '../context';
import { round, summarize } from '../stats';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function pdf(b: Bench) {
  const reps = b.quick ? 4 : 10;
  const ours: Record<number, number> = {};
  for (const n of [1, 3, 10] as const) {
    const url = `${b.server.baseUrl}/decisions/${b.data.decisions[n].id}/pdf`;
    await download(url, b.cookies.manager); // the first render in a process loads the fonts (~1 s)
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      bytes = await download(url, b.cookies.manager);
      times.push(performance.now() - t0);
    }
    const s = summarize(times);
    ours[n] = s.p50;
    b.report.add({ part: '3', key: `pdf.c${n}.ms`, label: `PDF, ${n} candidate${n > 1 ? 's' : ''}: median time (p95 ${s.p95} ms)`, value: s.p50, unit: 'ms', ...(n === 3 ? { target: '≤ 300', ok: s.p50 <= 300 } : {}) });
    b.report.add({ part: '3', key: `pdf.c${n}.kb`, label: `PDF, ${n} candidate${n > 1 ? 's' : ''}: size`, value: round(bytes / 1024, 1), unit: 'KB' });
  }
  const executablePath = CHROMIUM.find((p) => existsSync(p));
  if (!executablePath) {
    b.report.add({ part: '3', key: 'pdf.chromium.ratio', label: 'Chromium page.pdf / our PDF (3 candidates)', value: null, unit: '×', note: 'no Chromium on this machine' });
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext();
    const [name, value] = b.cookies.manager.split(/=(.*)/s);
    await context.addCookies([{ name: name!, value: value!, url: b.server.baseUrl }]);
    const page = await context.newPage();
    for (const n of [3, 10] as const) {
      const url = `${b.server.baseUrl}/decisions/${b.data.decisions[n].id}/compare`;
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < Math.max(3, reps / 2) + 1; i++) {
        const t0 = performance.now();
        await page.goto(url, { waitUntil: 'load' });
        bytes = (await page.pdf({ format: 'A4', landscape: true, printBackground: true })).length;
        if (i > 0) times.push(performance.now() - t0); // the first print starts the renderer
      }
      const s = summarize(times);
      b.report.add({ part: '3', key: `pdf.chromium.c${n}.ms`, label: `Chromium print of the comparison page, ${n} candidates: median time`, value: s.p50, unit: 'ms', note: `${round(bytes / 1024, 1)} KB` });
      const ratio = s.p50 / ours[n]!;
      b.report.add({ part: '3', key: `pdf.chromium.c${n}.ratio`, label: `our PDF is faster than Chromium by, ${n} candidates`, value: round(ratio, 1), unit: '×', target: '≥ 3', ok: ratio >= 3 });
    }
  } finally {
    await browser.close();
  }
}

async function download(url: string, cookie: string) {
  const res = await fetch(url, { headers: { cookie } });
  const buf = await res.arrayBuffer();
  if (res.status !== 200 || !res.headers.get('content-type')?.includes('pdf')) throw new Error(`PDF ${url} answered ${res.status}`);
  return buf.byteLength;
}
