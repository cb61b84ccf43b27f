import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import {
  manifestVersion,
  productionUrlProblems,
  retargetManifest,
} from '../../scripts/manifest/retargetManifest';
import { validateManifest } from '../../scripts/manifest/validateManifest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST } from '../helpers/launchPreview';
import { ROOT, runNode, startReleaseServer } from '../helpers/runNodeScript';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BASE = 'https://example.org/lansnyckel/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The release as IT receives it: the production build (dist/ with the manifest webpack writes for
 * `--env url=https://example.org/lansnyckel/`, same transform), packaged by `npm run package`, unzipped.
 */
async function unpackedRelease(work: string): Promise<string> {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  const dist = join(work, 'dist');
  cpSync(DIST, dist, { recursive: true });
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  writeFileSync(join(dist, 'manifest.xml'), retargetManifest(manifest, BASE, manifestVersion(VERSION)));
  const packaged = runNode(['scripts/package-release.mjs', '--dist', dist, '--out', join(work, 'release')]);
  if (packaged.status !== 0) throw new Error(`npm run package failed: ${packaged.stderr}`);
  const zip = await JSZip.loadAsync(readFileSync(join(work, 'release', `lansnyckel-${VERSION}.zip`)));
  const unpacked = join(work, 'unpacked');
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), await entry.async('nodebuffer'));
  }
  return join(unpacked, `lansnyckel-${VERSION}`);
}

describe('the release zip', () => {
  const work = mkdtempSync(join(tmpdir(), 'lansnyckel-release-'));
  let release: string;
  let server: { origin: string; stop: () => void };
  let browser: Browser;

  beforeAll(async () => {
    release = await unpackedRelease(work);
    server = await startReleaseServer(join(release, 'web'));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
    rmSync(work, { recursive: true });
  });

  it('holds a production manifest that validates offline and names no localhost', () => {
    const manifest = readFileSync(join(release, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(manifest).toContain(`<Version>${VERSION}.0</Version>`);
    expect(validateManifest(manifest)).toEqual([]);
    expect(productionUrlProblems(manifest)).toEqual([]);
    expect(readFileSync(join(release, 'web', 'manifest.xml'), 'utf8')).toBe(manifest);
  });

  /** A page where only the release server answers: office.js (appsforoffice.microsoft.com) is unreachable. */
  async function offlinePage() {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const blocked: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, blocked, pageErrors };
  }

  it('opens the task pane with office.js blocked and says to open it in Excel, not a blank page', async () => {
    const { context, page, blocked, pageErrors } = await offlinePage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) pageErrors.push(msg.text());
    });
    const response = await page.goto(`${server.origin}/taskpane.html`);
    expect(response?.headers()['content-security-policy']).toContain(
      "script-src 'self' https://appsforoffice",
    );

    await page.getByText('Länsnyckel körs i Excel – öppna tillägget i Excel.').waitFor({ timeout: 15_000 });
    expect(blocked).toEqual([OFFICE_JS]);
    // functions.js registers LANSNYCKEL.* with the CustomFunctions global that only Excel (via office.js) provides;
    // without office.js that one script stops, and nothing else may fail.
    expect(pageErrors.filter((e) => e !== 'CustomFunctions is not defined')).toEqual([]);

    // The link leads to the preview host, which runs from the same static files without Excel.
    await page
      .getByRole('link', { name: 'Utan Excel: prova förhandsvisningen med exempeltabellerna' })
      .click();
    await page.getByRole('heading', { name: 'Länsnyckel – förhandsvisning' }).waitFor({ timeout: 30_000 });
    expect(pageErrors.filter((e) => e !== 'CustomFunctions is not defined')).toEqual([]);
    await context.close();
  }, 90_000);

  it('opens the presentation window with office.js blocked and says it cannot reach Excel, not a blank page', async () => {
    const { context, page, blocked, pageErrors } = await offlinePage();
    // Opened by Excel as a dialog: no ?host=preview, so the page loads office.js from the CDN itself.
    await page.goto(`${server.origin}/presentation.html?lang=sv`);
    await page
      .getByText(
        'Presentationsfönstret kunde inte ansluta till Excel (office.js gick inte att hämta). Stäng fönstret, kontrollera nätverket och öppna presentationen igen från tillägget.',
      )
      .waitFor({ timeout: 15_000 });
    expect(blocked).toEqual([OFFICE_JS]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('runs the command line from the unpacked zip with plain node', () => {
    const run = runNode(
      [
        'cli/lansnyckel.cjs',
        'check',
        join(ROOT, 'tests', 'fixtures', 'data', 'dalarna-2020-vardens-medarbetare-per-kommun.csv'),
      ],
      release,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Resultat: inga fel (0 varningar, 2 info) – tabellerna stämmer.');
  });
});
