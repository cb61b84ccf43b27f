import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from './staticServer';

jest.setTimeout(90_000);

const DIST = resolve(__dirname, '../../dist');
const SHOTS = resolve(__dirname, '../../test-output/screenshots');
const DOCS_SHOT = resolve(__dirname, '../../docs/screenshots/presentation-1920.png');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Presentation mode is in the build only once MeetingMode is wired into the Förhandsgranska step (tree-shaking
// drops it otherwise); until then these tests are skipped, and say so, rather than failing on a missing button.
const wired =
  existsSync(DIST) &&
  readdirSync(DIST).some(
    (f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('__lansnyckelLastMemo'),
  );
const maybe = wired ? describe : describe.skip;
if (!wired)
  console.warn('meeting e2e: skipped — presentation mode is not wired into the built preview (dist/).');

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

maybe('presentation mode in the preview (1920 × 1080)', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'sv-SE',
      reducedMotion: 'reduce',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await context.route('**/*', (route) =>
      route
        .request()
        .url()
        .startsWith(server.origin + '/')
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    page = await context.newPage();
    await page.goto(`${server.origin}/preview.html`);
    await page.getByRole('tab', { name: /Förhandsgranska/ }).click();
    const toggle = page.getByRole('button', { name: 'Presentationsläge' });
    await expect(toggle.isEnabled({ timeout: 20_000 })).resolves.toBe(true);
    await toggle.click();
    await page.getByTestId('presentation-view').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the chart and the large table, with ≥ 24 px body and ≥ 40 px headline, and passes axe', async () => {
    const view = page.getByTestId('presentation-view');
    await expect(view.getByRole('img').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('presentation-table').isVisible()).resolves.toBe(true);
    const sizes = await view.evaluate((el) => ({
      body: parseFloat(getComputedStyle(el.querySelector('td')!).fontSize),
      headline: parseFloat(getComputedStyle(el.querySelector('h2')!).fontSize),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.headline).toBeGreaterThanOrEqual(40);
    const axe = await new AxeBuilder({ page }).include('[data-testid="presentation-view"]').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    const shot = join(SHOTS, 'presentation-1920.png');
    await page.screenshot({ path: shot });
    mkdirSync(resolve(DOCS_SHOT, '..'), { recursive: true });
    copyFileSync(shot, DOCS_SHOT);
  });

  it('changes the total at once when a set-aside is typed in the what-if panel', async () => {
    const total = page.getByTestId('presentation-total');
    const before = await total.innerText();
    const box = page.getByRole('spinbutton', { name: 'Länsgemensamt, avsätts först' });
    await box.fill('1 200 000');
    await box.press('Enter');
    await expect(total.innerText()).resolves.not.toBe(before);
  });

  it('copies a memo table whose sum row equals the sum of its rows', async () => {
    await page.getByRole('button', { name: 'Kopiera för beslutsunderlag' }).click();
    await page.getByText('Tabellen är kopierad').waitFor();
    const check = await page.evaluate(() => {
      const memo = window.__lansnyckelLastMemo!;
      const doc = new DOMParser().parseFromString(memo.html, 'text/html');
      const table = doc.querySelector('table')!;
      const num = (c: Element) => BigInt(c.textContent!.replace(/\u00A0/g, '').replace('\u2212', '-'));
      const rows = [...table.tBodies[0].rows].map((r) => [...r.cells].slice(2).map(num));
      const foot = [...table.tFoot!.rows[0].cells].slice(2).map(num);
      return {
        rows: rows.length,
        equal: foot.every((s, c) => s === rows.reduce((acc, r) => acc + r[c], 0n)),
        caption: table.caption!.textContent,
      };
    });
    expect(check.rows).toBeGreaterThan(0);
    expect(check.equal).toBe(true);
    expect(check.caption).toMatch(/Nyckel: .*Datum: \d{4}-\d{2}-\d{2}\./);
  });

  it('exits on Escape', async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation-view').count()).resolves.toBe(0);
  });
});

if (!wired)
  it('is waiting for presentation mode to be wired into the build', () => expect(wired).toBe(false));
