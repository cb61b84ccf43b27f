import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/runNodeScript';

const DALARNA = join(ROOT, 'tests', 'fixtures', 'data', 'dalarna-2020-vardens-medarbetare-per-kommun.csv');
const SUMMARY = 'Resultat: inga fel (0 varningar, 2 info) – tabellerna stämmer.';

/** `npm run -s lansnyckel -- …` is `node scripts/lansnyckel.mjs …`. */
function launch(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'lansnyckel.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('scripts/lansnyckel.mjs (npm run lansnyckel)', () => {
  it('runs the command line and passes its output and exit code through', () => {
    const run = launch({}, 'check', DALARNA);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(SUMMARY);
  });

  it('runs the TypeScript source through tsx when asked (the development path), with the same result', () => {
    const run = launch({ LANSNYCKEL_FROM_SOURCE: '1' }, 'check', DALARNA);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(SUMMARY);
    const missing = launch({ LANSNYCKEL_FROM_SOURCE: '1' }, 'check', 'finns-inte.xlsx');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('Filen finns inte: finns-inte.xlsx');
  });
});
