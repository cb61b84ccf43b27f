import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { launchPreview, SHOTS, type Preview } from '../helpers/launchPreview';

jest.setTimeout(90_000);

const NBSP = '\u00A0';
let preview: Preview;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  preview = await launchPreview({
    viewport: { width: 1920, height: 1080 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page = preview.page;
  // Compare with a copy of the plan, so the what-if change below shows as Δ per kommun.
  await page.getByRole('tab', { name: /Förhandsgranska/ }).click();
  await page.getByRole('button', { name: 'Duplicera' }).click();
  await page.getByRole('textbox', { name: 'Namn på scenariot' }).fill('Utan länsgemensamt');
  await page.getByRole('combobox', { name: 'Jämför med' }).click();
  await page.getByRole('option', { name: 'Scenario A' }).click();
  await openPresentation(page);
});

afterAll(async () => {
  await preview?.close();
});

async function openPresentation(p: Page): Promise<void> {
  await p.getByRole('tab', { name: /Förhandsgranska/ }).click();
  const toggle = p.getByRole('button', { name: 'Presentationsläge' });
  await toggle.and(p.locator(':enabled')).waitFor({ timeout: 20_000 });
  await toggle.click();
  await p.getByTestId('presentation-view').waitFor();
}

async function axeSerious(p: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page: p }).include('[data-testid="presentation-view"]').analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Horizontal overflow of the view and of any element inside it, in px (0 = everything fits). */
function overflow(p: Page): Promise<number> {
  return p.getByTestId('presentation-view').evaluate((view) => {
    const right = view.getBoundingClientRect().right;
    const inner = [...view.querySelectorAll<HTMLElement>('*')].map((e) => e.getBoundingClientRect().right);
    return Math.max(view.scrollWidth - view.clientWidth, ...inner.map((r) => Math.ceil(r - right)), 0);
  });
}

describe('presentation mode in the preview (1920 × 1080)', () => {
  it('shows the chart and the large table, with ≥ 24 px body and ≥ 40 px headline, and passes axe', async () => {
    const view = page.getByTestId('presentation-view');
    await expect(view.getByRole('img').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('presentation-table').isVisible()).resolves.toBe(true);
    const sizes = await view.evaluate((el) => {
      // NaN (and so a failed size check) where the element is missing.
      const fontSize = (e: Element | null) => (e ? parseFloat(getComputedStyle(e).fontSize) : NaN);
      return {
        body: fontSize(el.querySelector('td')),
        headline: fontSize(el.querySelector('h2')),
        axis: Math.min(
          ...[...el.querySelectorAll('svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
        ),
      };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.headline).toBeGreaterThanOrEqual(40);
    expect(sizes.axis).toBeGreaterThanOrEqual(24);
    await expect(overflow(page)).resolves.toBe(0);
    // axe includes color-contrast; nothing serious or critical inside the view.
    await expect(axeSerious(page)).resolves.toEqual([]);
  });

  it('changes the total at once when a set-aside is typed, and Ctrl+Z / Ctrl+Y undo and redo it', async () => {
    const total = page.getByTestId('presentation-total');
    const before = await total.innerText();
    const box = page.getByRole('spinbutton', { name: 'Länsgemensamt, avsätts först' });
    await box.fill('1 200 000');
    await box.press('Enter');
    await expect(total.innerText()).resolves.not.toBe(before);
    const after = await total.innerText();
    // Σ of the kommuner drops by exactly the set-aside.
    const kr = (s: string) =>
      Number(
        s
          .replace(/\u00A0/g, '')
          .replace('\u2212', '-')
          .replace(',', '.'),
      );
    expect(kr(before) - kr(after)).toBe(1_200_000);
    await page.getByTestId('presentation-view').getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="presentation-total"]')?.textContent === text,
      before,
    );
    await page.keyboard.press('Control+y');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="presentation-total"]')?.textContent === text,
      after,
    );
    // Δ per kommun against Scenario A, signed and colored: still no serious axe finding (color-contrast).
    const table = page.getByTestId('presentation-table');
    await expect(table.innerText()).resolves.toMatch(/\u2212\d/);
    await expect(axeSerious(page)).resolves.toEqual([]);
    await expect(overflow(page)).resolves.toBe(0);
    await page.screenshot({ path: join(SHOTS, 'presentation-1920.png') });
  });

  it('copies a memo table (from the clipboard) whose sum row equals its rows, in sv-SE format', async () => {
    await page.getByRole('button', { name: 'Kopiera för beslutsunderlag' }).click();
    await page.getByText('Tabellen är kopierad').waitFor();
    const memo = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) throw new Error('the clipboard is empty');
      return {
        html: await (await item.getType('text/html')).text(),
        tsv: await (await item.getType('text/plain')).text(),
      };
    });
    const check = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const table = doc.querySelector('table');
      const footRow = table?.tFoot?.rows[0];
      if (!table || !footRow) throw new Error('the memo has no table with a sum row');
      const texts = (r: HTMLTableRowElement) => [...r.cells].slice(2).map((c) => c.textContent ?? '');
      const num = (t: string) => BigInt(t.replace(/\u00A0/g, '').replace('\u2212', '-'));
      const rows = [...(table.tBodies[0]?.rows ?? [])].map(texts);
      const foot = texts(footRow);
      return {
        rows: rows.length,
        equal: foot.every((s, c) => num(s) === rows.reduce((acc, r) => acc + num(r[c] ?? ''), 0n)),
        sums: foot,
        sumLabel: footRow.textContent,
        caption: table.caption?.textContent,
      };
    }, memo.html);
    expect(check.rows).toBeGreaterThan(0);
    expect(check.equal).toBe(true);
    // sv-SE: NBSP between thousands, no ASCII grouping or decimal point.
    expect(check.sums.every((s) => /^\u2212?\d{1,3}(\u00A0\d{3})*$/.test(s))).toBe(true);
    expect(check.sums.at(-1)).toContain(NBSP);
    expect(check.sumLabel).toContain('Summa');
    expect(check.caption).toMatch(/Nyckel: .*Datum: \d{4}-\d{2}-\d{2}\./);
    // The plain text for Excel: tab-separated, numbers without grouping.
    expect(memo.tsv.split(/\r?\n/).filter((l) => l.includes('\t')).length).toBeGreaterThan(check.rows);
    expect(memo.tsv).toMatch(/\n\tSumma\t-?\d+\r?\n?$/);
  });

  it('exits on Escape and gives focus back to the toggle', async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation-view').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => document.activeElement?.textContent?.includes('Presentationsläge')),
    ).resolves.toBe(true);
  });

  it('fits a 360 px pane: nothing overflows sideways, type stays large, axe passes', async () => {
    const narrow = await preview.newPage({ viewport: { width: 360, height: 800 } });
    await openPresentation(narrow);
    await expect(overflow(narrow)).resolves.toBe(0);
    const body = await narrow.getByTestId('presentation-table').evaluate((t) => {
      const td = t.querySelector('td');
      return td ? parseFloat(getComputedStyle(td).fontSize) : NaN;
    });
    expect(body).toBeGreaterThanOrEqual(18);
    await expect(axeSerious(narrow)).resolves.toEqual([]);
    await narrow.screenshot({ path: join(SHOTS, 'presentation-360.png'), fullPage: true });
    await narrow
      .getByTestId('presentation-view')
      .screenshot({ path: join(SHOTS, 'presentation-360-view.png') });
  });

  it('made no request outside the local server and logged no errors', () => {
    expect(preview.external).toEqual([]);
    expect(preview.consoleErrors).toEqual([]);
  });
});
