// `npx tsx bench/summary.ts [latest.json] [--readme]`: the markdown table case | median (p95) | peak | target | met
// from a bench run; with --readme it replaces README's performance table (between the bench markers) with it.
import fs from 'node:fs';
import path from 'node:path';
import { type BenchRow, targetFor } from './targets';

const ROOT = path.join(__dirname, '..');
const BEGIN = '<!-- bench:summary:begin -->';
const END = '<!-- bench:summary:end -->';

/** The parts of bench/results/latest.json the summary reads. */
export interface BenchDocument {
  readonly machine: { readonly cpus: number; readonly node: string; readonly loadAverage: readonly number[] };
  readonly date: string;
  readonly elapsedSeconds?: number;
  readonly cases: readonly BenchRow[];
}

/** Milliseconds as the README writes them: Swedish decimal comma, seconds from 1 000 ms on. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const sv = (n: number, digits: number) =>
    n.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (ms >= 1000) return `${sv(ms / 1000, 2)} s`;
  if (ms >= 100) return `${sv(ms, 0)} ms`;
  if (ms >= 10) return `${sv(ms, 1)} ms`;
  if (ms >= 1) return `${sv(ms, 2)} ms`;
  return `${sv(ms, 3)} ms`;
}

/** One markdown row; figures that are not times (syncs, ratios, bytes) go beside the case name. */
export function summaryRow(row: BenchRow): string {
  const target = targetFor(row.name);
  const extra = Object.entries(row.extra ?? {})
    .filter(([k]) => ['syncs', 'ratioToOurs', 'gzBytes', 'cpuMedianMs', 'rows'].includes(k))
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ');
  const name = extra ? `${row.name} (${extra})` : row.name;
  const timing = `${formatMs(row.medianMs)} (${formatMs(row.p95Ms)})`;
  const peak = peakCell(row);
  const met = target ? (target.met(row) ? 'yes' : '**no**') : '';
  return `| ${name.replace(/\|/g, '\\|')} | ${timing} | ${peak} | ${target?.text ?? ''} | ${met} |`;
}

/**
 * The peak column: the row's peak and, for a case measured in its own process (bench/isolated.ts), its resident
 * memory before the check and the high-water over all its runs.
 * @example peakCell({ name: 'x', medianMs: 1, p95Ms: 1, peakRssMb: 538, extra: { rssBeforeCheckMb: 285, runsPeakRssMb: 1034 } })
 * // '538 MB (before 285 MB, all runs 1034 MB)'
 */
export function peakCell(row: BenchRow): string {
  if (row.peakRssMb === undefined) return '';
  const peak = `${Math.round(row.peakRssMb)} MB`;
  const before = row.extra?.['rssBeforeCheckMb'];
  const runs = row.extra?.['runsPeakRssMb'];
  if (typeof before !== 'number' || typeof runs !== 'number') return peak;
  return `${peak} (before ${Math.round(before)} MB, all runs ${Math.round(runs)} MB)`;
}

/** The whole table, headed by the run's machine and load. */
export function summaryTable(doc: BenchDocument): string {
  const { machine } = doc;
  const elapsed = doc.elapsedSeconds === undefined ? '' : `, whole run ${Math.round(doc.elapsedSeconds)} s`;
  return [
    `From \`npm run bench\` on ${doc.date.slice(0, 10)}: ${machine.cpus} cores, Node ${machine.node}, load average ` +
      `${machine.loadAverage.join(' / ')} at the start${elapsed}. Medians (p95). Peak: the child process's resident ` +
      `memory for the CLI and real-export rows; for the checker rows (check …), each run in a Node process of its ` +
      `own, the high-water during its first check with the input held (in brackets: the resident memory before the ` +
      `check, grid built and garbage collected, and the high-water over all its runs); for the others the bench ` +
      `process's high-water mark while the case ran, which carries over from earlier, larger cases.`,
    '',
    '| case | median (p95) | peak | target | met |',
    '|---|---|---|---|---|',
    ...doc.cases.map(summaryRow),
  ].join('\n');
}

/** `readme` with the text between the bench markers replaced by `table`. */
export function replaceSummary(readme: string, table: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README has no ${BEGIN} … ${END} section`);
  return `${readme.slice(0, begin + BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, 'results', 'latest.json');
  const table = summaryTable(JSON.parse(fs.readFileSync(file, 'utf8')) as BenchDocument);
  if (args.includes('--readme')) {
    const readme = path.join(ROOT, 'README.md');
    fs.writeFileSync(readme, replaceSummary(fs.readFileSync(readme, 'utf8'), table));
  }
  console.log(table);
}
