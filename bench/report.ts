// Collects every figure once (key, value, unit, target), prints the table and writes bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Figure = { part: string; key: string; label: string; value: number | string | null; unit: string; target?: string; ok?: boolean; note?: string; /** In results.json only (already part of another row's label). */ hidden?: boolean };

export class Report {
  readonly figures: Figure[] = [];
  readonly started = new Date();

  add(f: Figure) {
    this.figures.push(f);
    const mark = f.ok === undefined ? ' ' : f.ok ? '✓' : '✗';
    console.log(`  ${mark} ${f.label}: ${format(f.value)} ${f.unit}${f.target ? `  (target ${f.target})` : ''}${f.note ? `  — ${f.note}` : ''}`);
  }

  print() {
    const rows = this.figures.filter((f) => !f.hidden).map((f) => [f.part, f.label, `${format(f.value)} ${f.unit}`.trim(), f.target ?? '', f.ok === undefined ? '' : f.ok ? 'ok' : 'MISS']);
    const header = ['part', 'figure', 'value', 'target', ''];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
    console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const r of rows) console.log(line(r));
  }

  write(file: string, extra: Record<string, unknown>) {
    mkdirSync(path.dirname(file), { recursive: true });
    const figures = Object.fromEntries(this.figures.map((f) => [f.key, { value: f.value, unit: f.unit, ...(f.target ? { target: f.target, ok: f.ok } : {}), ...(f.note ? { note: f.note } : {}) }]));
    const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
    writeFileSync(file, JSON.stringify({ startedAt: this.started.toISOString(), finishedAt: new Date().toISOString(), machine, ...extra, figures }, null, 2) + '\n');
  }
}

function format(v: number | string | null) {
  if (v === null) return 'n/a';
  return typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
}

// East Asian wide characters take two columns in a terminal.
function width(s: string) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
