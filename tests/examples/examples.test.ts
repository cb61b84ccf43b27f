import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const published = readFileSync(
  join(ROOT, 'tests/fixtures/engine/dalarna-2020-vardens-medarbetare-per-kommun.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter(([name]) => name !== 'Summa') // the published total row
  .map(([name = '', , amount]) => [name.trim(), Number(amount)] as const);

function run(args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('examples', () => {
  it('the engine script in the README reproduces Dalarna 2020 to the krona', () => {
    const lines = run(['examples/allocate-with-engine.ts']).trim().split('\n');
    const got = lines.map((l) => l.split('\t')).map(([name, amount]) => [name, Number(amount)] as const);
    expect(got).toEqual(published);
  });

  it('the meeting plan takes 1,2 Mkr off the top and still adds up to what is distributed', () => {
    const out = JSON.parse(
      run([
        'src/cli/main.ts',
        'allocate',
        'tests/fixtures/engine/dalarna-2020-vardens-medarbetare-per-kommun.csv',
        '--plan',
        'examples/plans/meeting-what-if.json',
        '--json',
      ]),
    ) as { total: number; sum: number; allocations: { amount: number }[] };
    expect(out.total).toBe(15_711_504);
    expect(out.allocations.reduce((s, a) => s + a.amount, 0)).toBe(15_711_504 - 1_200_000);
    expect(Math.min(...out.allocations.map((a) => a.amount))).toBeGreaterThanOrEqual(300_000);
  });
});
