import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runNode } from '../helpers/runNodeScript';

const BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');
const data = (name: string): string => join(ROOT, 'tests', 'fixtures', 'data', name);

interface CheckJson {
  findings: { code: string; severity: string; cells: string[]; delta?: number }[];
}

/** The bundled CLI run with plain node: no tsx, no TypeScript, only what `npm run build` wrote. */
function bundled(...args: string[]) {
  if (!existsSync(BUNDLE)) throw new Error('build/cli/lansnyckel.cjs is missing: run `npm run build` first.');
  return runNode([BUNDLE, ...args]);
}

describe('the bundled command line (package.json bin)', () => {
  it('is what package.json names as the lansnyckel command, runnable as a script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ lansnyckel: 'build/cli/lansnyckel.cjs' });
    expect(readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('checks Dalarna 2020 with plain node: no errors, exit 0', () => {
    const run = bundled('check', data('dalarna-2020-vardens-medarbetare-per-kommun.csv'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('15 kommuner');
    expect(run.stdout).toContain('Resultat: inga fel (0 varningar, 2 info) – tabellerna stämmer.');
  });

  it('finds the 1 689 kr column gap in Jönköping 2019–2022 (exit 1, JSON)', () => {
    const run = bundled('check', data('jonkoping-2019-2022-socialchefsnatverket.csv'), '--json');
    expect(run.status).toBe(1);
    const errors = (JSON.parse(run.stdout) as CheckJson).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.cells, f.delta])).toEqual([
      ['column-total-mismatch', ['C15'], 1689],
      ['column-total-mismatch', ['E15'], 1689],
    ]);
  });

  it('reports a missing file in one line on stderr with exit 2, no stack trace', () => {
    const run = bundled('check', 'finns-inte.xlsx');
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('Filen finns inte: finns-inte.xlsx');
  });
});
