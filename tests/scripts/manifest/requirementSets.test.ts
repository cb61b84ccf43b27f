import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** The manifest's required sets, name → MinVersion. */
function requiredSets(xml: string): Record<string, string> {
  const sets = /<Requirements>\s*<Sets[^>]*>([\s\S]*?)<\/Sets>/.exec(xml)?.[1] ?? '';
  return Object.fromEntries(
    [...sets.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]),
  );
}

/** Every .ts file under a folder of src/. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourcesUnder(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [readFileSync(join(ROOT, dir, e.name), 'utf8')]
        : [],
  );
}

describe('the manifest’s requirement sets', () => {
  it('requires ExcelApi 1.12, SharedRuntime 1.1 and CustomFunctionsRuntime 1.2, nothing more', () => {
    expect(requiredSets(MANIFEST)).toEqual({
      ExcelApi: '1.12',
      SharedRuntime: '1.1',
      CustomFunctionsRuntime: '1.2',
    });
  });

  it('declares CustomFunctionsRuntime 1.2 because the functions throw CustomFunctions.Error with a message', () => {
    // Microsoft's reference: CustomFunctions.Error — "API set: CustomFunctionsRuntime 1.2".
    expect(readFileSync(join(ROOT, 'src', 'app', 'functions.ts'), 'utf8')).toMatch(
      /new CustomFunctions\.Error\(\s*CustomFunctions\.ErrorCode\.invalidValue/,
    );
  });

  it('uses no custom-function feature beyond 1.2 (streaming, cancellation, invocation addresses)', () => {
    const functions = sourcesUnder(join('src', 'functions')).join('\n');
    expect(functions).not.toMatch(/@(streaming|cancelable|requiresAddress|requiresParameterAddresses)\b/);
    expect(functions).not.toMatch(/StreamingInvocation|CancelableInvocation/);
  });
});
