import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const DIST = join(__dirname, '..', '..', 'dist');

/** Every script the build emits (pages' chunks and functions.js), parsed as the oldest webview we support would. */
function emittedScripts(): string[] {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  return readdirSync(DIST).filter((f) => f.endsWith('.js'));
}

/** The first syntax newer than ES2020 in `code`, as acorn's message with line:column, or null. */
function newerSyntax(code: string): string | null {
  try {
    parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the emitted scripts', () => {
  it('include the task pane, the shared chunks and functions.js', () => {
    const scripts = emittedScripts();
    expect(scripts).toContain('functions.js');
    expect(scripts.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  });

  // Safari < 16.4 (older Mac webviews) fails to parse class `static {}` blocks; ES2021/2022 syntax (class fields,
  // `??=`, numeric separators, `#private in`) is lowered too, so the whole chunk parses at ES2020.
  it.each(emittedScripts())('%s parses as ECMAScript 2020', (file) => {
    expect(newerSyntax(readFileSync(join(DIST, file), 'utf8'))).toBeNull();
  });

  // A lookbehind compiles only from Safari 16.4: one at module level throws before the pane renders.
  it.each(emittedScripts())('%s builds no regular expression with a lookbehind', (file) => {
    const lookbehind = /.{0,60}\(\?<[=!].{0,40}/.exec(readFileSync(join(DIST, file), 'utf8'));
    expect(lookbehind?.[0] ?? null).toBeNull();
  });
});

describe('newerSyntax', () => {
  it('returns null for ES2020 (optional chaining, ??, BigInt)', () => {
    expect(newerSyntax('const a = b?.c ?? 10n;')).toBeNull();
  });

  it.each([
    ['a class static block', 'class A { static { A.x = 1; } }'],
    ['a class field', 'class A { x = 1 }'],
    ['logical assignment', 'a ??= 1;'],
    ['a numeric separator', 'const n = 1_000;'],
  ])('returns the error for %s', (_name, code) => {
    expect(newerSyntax(code)).toMatch(/\(\d+:\d+\)$/);
  });
});
