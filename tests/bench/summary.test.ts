import { formatMs, peakCell, replaceSummary, summaryRow, summaryTable } from '../../bench/summary';
import { targetFor } from '../../bench/targets';

describe('bench summary', () => {
  it('writes times the README way: decimal comma, seconds from 1 000 ms, a dash for no time', () => {
    expect([0.0934, 2.9, 43.21, 234.4, 1520, Number.NaN].map(formatMs)).toEqual([
      '0,093 ms',
      '2,90 ms',
      '43,2 ms',
      '234 ms',
      '1,52 s',
      '–',
    ]);
  });

  it('judges each row by its own target, and leaves rows without one blank', () => {
    const row = (name: string, medianMs: number, p95Ms: number, peakRssMb?: number, extra = {}) => ({
      name,
      medianMs,
      p95Ms,
      ...(peakRssMb === undefined ? {} : { peakRssMb }),
      extra,
    });
    expect(summaryRow(row('engine: 290 kommuner × 3 pots (blend, tiers, set-aside, floors)', 0.8, 2.5))).toBe(
      '| engine: 290 kommuner × 3 pots (blend, tiers, set-aside, floors) | 0,800 ms (2,50 ms) |  | < 1 ms median, < 3 ms p95 | yes |',
    );
    // p95 over 3 ms: not met, though the median is.
    expect(
      summaryRow(row('engine: 290 kommuner × 3 pots (blend, tiers, set-aside, floors)', 0.8, 3.2)),
    ).toMatch(/\| \*\*no\*\* \|$/);
    expect(summaryRow(row('check 100 000 rows × 20 columns', 950, 990, 310.4))).toBe(
      '| check 100 000 rows × 20 columns | 950 ms (990 ms) | 310 MB | < 1 s, < 300 MB | **no** |',
    );
    expect(
      summaryRow(
        row('office: read-check-write 290 kommuner × 3 pots (new output)', 160, 230, 344, { syncs: 3 }),
      ),
    ).toContain('(syncs 3) | 160 ms (230 ms) | 344 MB | ≤ 3 syncs (1 read, ≤ 2 write) | yes |');
    expect(
      summaryRow(
        row('290 kommuner, 150 000 000 kr by population: dinero.js v2 allocate', 0.19, 0.3, 80, {
          ratioToOurs: 0.49,
        }),
      ),
    ).toMatch(/ratioToOurs 0.49\) .*\| ours ≤ dinero \(dinero ÷ ours ≥ 1,0\) \| \*\*no\*\* \|$/);
    expect(summaryRow(row('engine: 21 regioner × 9 pots', 1.2, 2))).toBe(
      '| engine: 21 regioner × 9 pots | 1,20 ms (2,00 ms) |  |  |  |',
    );
  });

  it('shows, for a case run in its own process, the memory before the check and over all runs beside its peak', () => {
    const row = {
      name: 'check 100 000 rows × 20 columns',
      medianMs: 1180,
      p95Ms: 1390,
      peakRssMb: 538.4,
      extra: { rssBeforeCheckMb: 285, runsPeakRssMb: 1034, processPeakRssMb: 1034, peakIncludes: 'x' },
    };
    expect(peakCell(row)).toBe('538 MB (before 285 MB, all runs 1034 MB)');
    // The target judges the first check's peak, not the figures in brackets.
    expect(summaryRow(row)).toBe(
      '| check 100 000 rows × 20 columns | 1,18 s (1,39 s) | 538 MB (before 285 MB, all runs 1034 MB) | < 1 s, < 300 MB | **no** |',
    );
    expect(peakCell({ name: 'cli', medianMs: 1, p95Ms: 1, peakRssMb: 80.6, extra: { rows: 3 } })).toBe(
      '81 MB',
    );
    expect(peakCell({ name: 'engine', medianMs: 1, p95Ms: 1 })).toBe('');
  });

  it('holds the CLI start to 0,3 s for the bin and the launcher, not for npm run (npm starts itself first)', () => {
    expect(targetFor('cli (bin: node build/cli/lansnyckel.cjs): check Dalarna')?.text).toBe(
      '< 0,3 s whole process',
    );
    expect(targetFor('cli (node scripts/lansnyckel.mjs): check Dalarna')?.text).toBe('< 0,3 s whole process');
    expect(targetFor('cli (npm run -s lansnyckel): check Dalarna')).toBeUndefined();
  });

  it('heads the table with the machine and replaces only what lies between the README markers', () => {
    const table = summaryTable({
      machine: { cpus: 2, node: 'v20.20.2', loadAverage: [1.5, 2, 2.5] },
      date: '2026-12-01T11:00:00.000Z',
      elapsedSeconds: 412.3,
      cases: [{ name: 'engine: 21 regioner × 9 pots', medianMs: 1.2, p95Ms: 2 }],
    });
    expect(table.split('\n')).toEqual([
      "From `npm run bench` on 2026-12-01: 2 cores, Node v20.20.2, load average 1.5 / 2 / 2.5 at the start, whole run 412 s. Medians (p95). Peak: the child process's resident memory for the CLI and real-export rows; for the checker rows (check …), each run in a Node process of its own, the high-water during its first check with the input held (in brackets: the resident memory before the check, grid built and garbage collected, and the high-water over all its runs); for the others the bench process's high-water mark while the case ran, which carries over from earlier, larger cases.",
      '',
      '| case | median (p95) | peak | target | met |',
      '|---|---|---|---|---|',
      '| engine: 21 regioner × 9 pots | 1,20 ms (2,00 ms) |  |  |  |',
    ]);
    const readme = 'före\n<!-- bench:summary:begin -->\ngammal\n<!-- bench:summary:end -->\nefter\n';
    expect(replaceSummary(readme, 'ny')).toBe(
      'före\n<!-- bench:summary:begin -->\nny\n<!-- bench:summary:end -->\nefter\n',
    );
    expect(() => replaceSummary('inget', 'ny')).toThrow(/bench:summary:begin/);
  });
});
