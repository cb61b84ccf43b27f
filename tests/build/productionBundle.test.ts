import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_BUDGET_GZ_BYTES, measureBundle, referencedAssets } from '../../bench/cases/bundle';

const DIST = join(__dirname, '..', '..', 'dist');

// XML namespaces name things, they are never fetched; React's minified errors print a docs link as text.
const NOT_REQUESTS = [
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
  'https://react.dev/errors/',
];
// JSON Schema dialect identifiers: zod's toJSONSchema writes them into a generated schema's "$schema" as a name,
// nothing fetches them (and the add-in never calls toJSONSchema).
const SCHEMA_IDENTIFIER = /^https?:\/\/json-schema\.org\//;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * What the built pages load (themselves, the local scripts and stylesheets they reference) plus the custom
 * functions runtime; dist/ may also hold stale chunks of earlier builds, which nobody loads.
 */
function shippedFiles(): string[] {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  return [...new Set([...pages, ...pages.flatMap((page) => referencedAssets(DIST, page)), 'functions.js'])];
}

describe('the production bundle', () => {
  it('references no network address but office.js', () => {
    const urls = new Set<string>();
    for (const file of shippedFiles())
      for (const m of readFileSync(join(DIST, file), 'utf8').matchAll(/https?:\/\/[a-zA-Z0-9./_%-]+/g))
        urls.add(m[0]);
    const requests = [...urls].filter(
      (u) => !NOT_REQUESTS.includes(u) && !SCHEMA_IDENTIFIER.test(u) && !OFFICE_JS.startsWith(u),
    );
    expect(requests).toEqual([]);
  });

  it('loads office.js only in the task pane, never in the preview host', () => {
    expect(readFileSync(join(DIST, 'taskpane.html'), 'utf8')).toContain(OFFICE_JS);
    expect(readFileSync(join(DIST, 'preview.html'), 'utf8')).not.toContain('appsforoffice');
  });

  it(`keeps the task pane within ${BUNDLE_BUDGET_GZ_BYTES / 1024} KB gzipped`, () => {
    const report = measureBundle(DIST);
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.taskpaneGzBytes).toBeLessThanOrEqual(BUNDLE_BUDGET_GZ_BYTES);
  });

  it('leaves test-only libraries out of the bundle', () => {
    for (const file of shippedFiles().filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect({ file, hyperformula: /HyperFormula/.test(text), exceljs: /ExcelJS/.test(text) }).toEqual({
        file,
        hyperformula: false,
        exceljs: false,
      });
    }
  });

  it('ships the custom functions standalone with Swedish and English metadata', () => {
    const functions = readFileSync(join(DIST, 'functions.js'), 'utf8');
    for (const id of ['FORDELA', 'FORDELA_BAS', 'BLAND', 'KONTROLL'])
      expect(functions).toContain(`CustomFunctions.associate("${id}"`);
    const sv = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as {
      functions: { name: string }[];
    };
    const en = JSON.parse(readFileSync(join(DIST, 'functions.en.json'), 'utf8')) as {
      functions: { name: string }[];
    };
    expect(sv.functions.map((f) => f.name)).toEqual(['FORDELA', 'FORDELA.BAS', 'BLAND', 'KONTROLL']);
    expect(en.functions.map((f) => f.name)).toEqual(sv.functions.map((f) => f.name));
  });
});

describe('referencedAssets', () => {
  it('returns the local scripts and stylesheets a page loads, quoted or not, without query strings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-dist-'));
    writeFileSync(
      join(dir, 'page.html'),
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
        '<script defer src=640.ab.js></script><script src="/app.js?v=2"></script>' +
        "<link rel=stylesheet href='app.css'><link rel=icon href=assets/icon.png>",
    );
    try {
      expect(referencedAssets(dir, 'page.html')).toEqual(['640.ab.js', 'app.js', 'app.css']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
