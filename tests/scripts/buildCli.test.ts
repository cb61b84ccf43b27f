import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runNode } from '../helpers/runNodeScript';

const DALARNA = join(ROOT, 'tests', 'fixtures', 'data', 'dalarna-2020-vardens-medarbetare-per-kommun.csv');
const SUMMARY = 'Resultat: inga fel (0 varningar, 2 info) – tabellerna stämmer.';

/** scripts/build-cli.mjs into `dir` (its buildCli export), as `npm run build:cli` does into build/cli/. */
function buildInto(dir: string): string {
  const out = join(dir, 'lansnyckel.cjs');
  const script = `import(${JSON.stringify(join(ROOT, 'scripts', 'build-cli.mjs'))}).then((m) => m.buildCli(${JSON.stringify(out)}))`;
  const built = runNode(['-e', script]);
  if (built.status !== 0) throw new Error(built.stderr);
  return out;
}

const caches = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.v8cache'))
    .sort();

describe('scripts/build-cli.mjs: the bundle keeps a V8 code cache next to itself', () => {
  let dir: string;
  let bundle: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lansnyckel-cli-'));
    bundle = buildInto(dir);
  });
  afterAll(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the cache on the first run (the CLI only; the lazy packages when a command loads them) and reuses it', () => {
    const first = runNode([bundle, 'check', DALARNA]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(SUMMARY);
    const written = caches(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(
      new RegExp(`^\\.lansnyckel-main-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8cache$`),
    );
    const path = join(dir, written[0] ?? '');
    const stamp = statSync(path).mtimeMs;
    const second = runNode([bundle, 'check', DALARNA]);
    expect(second.stdout).toBe(first.stdout);
    // Accepted by V8: not rewritten.
    expect(statSync(path).mtimeMs).toBe(stamp);
  });

  it('runs correctly from a damaged cache and replaces it', () => {
    const [name = ''] = caches(dir);
    writeFileSync(join(dir, name), 'not a code cache');
    const run = runNode([bundle, 'check', DALARNA]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(SUMMARY);
    expect(readFileSync(join(dir, name)).length).toBeGreaterThan(1000);
  });

  it('runs without a cache where its folder is read-only (an installed copy)', () => {
    for (const f of caches(dir)) rmSync(join(dir, f));
    chmodSync(dir, 0o555);
    try {
      const run = runNode([bundle, 'check', DALARNA]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(SUMMARY);
      // root ignores the mode bits; elsewhere nothing could be written.
      if (process.getuid?.() !== 0) expect(caches(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
