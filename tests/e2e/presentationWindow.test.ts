import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { SHOTS, usePreviewPage } from '../helpers/launchPreview';

jest.setTimeout(120_000);

const preview = usePreviewPage({ viewport: { width: 1440, height: 900 } });
/** "15 711 504" / "−1 200 000" (NBSP groups, U+2212 minus) as a number. */
const kr = (s: string) =>
  Number(
    s
      .replace(/\u00A0|\s/g, '')
      .replace('\u2212', '-')
      .replace(',', '.'),
  );

async function toPreviewStep(p: Page): Promise<void> {
  await p.getByRole('tab', { name: /Förhandsgranska/ }).click();
  await p
    .getByRole('button', { name: 'Presentationsläge' })
    .and(p.locator(':enabled'))
    .waitFor({ timeout: 30_000 });
}

describe('"Spara diagrammet som bild" under the page’s CSP', () => {
  it('saves a PNG (signature, size, 2× the chart) without a CSP violation', async () => {
    const { page, consoleErrors } = preview();
    await toPreviewStep(page);
    await page.getByRole('button', { name: 'Presentationsläge' }).click();
    const chart = page.getByTestId('presentation-view').getByTestId('bar-chart');
    const width = await chart.evaluate((svg) => (svg as SVGSVGElement).width.baseVal.value);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Spara diagrammet som bild' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lansnyckel-diagram.png');
    const file = join(SHOTS, 'lansnyckel-diagram.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width at byte 16, height at 20 (big-endian); the chart is drawn at 2× for slides.
    expect(png.readUInt32BE(16)).toBe(Math.ceil(width * 2));
    expect(png.readUInt32BE(20)).toBeGreaterThan(200);
    // A white background and 15 bars are far more than an empty image's few hundred bytes.
    expect(png.length).toBeGreaterThan(10_000);
    await page.getByText('Bilden lansnyckel-diagram.png är sparad.').waitFor();
    expect(consoleErrors.filter((e) => /Content Security Policy|img-src/.test(e))).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('the presentation window in the preview', () => {
  let win: Page;

  it('opens presentation.html in its own window, showing the pane’s result', async () => {
    const { page } = preview();
    await toPreviewStep(page);
    // Compare with a copy, so a what-if shows as Δ and there are two scenarios to switch between.
    await page.getByRole('button', { name: 'Duplicera' }).click();
    await page.getByRole('textbox', { name: 'Namn på scenariot' }).fill('Utan länsgemensamt');
    await page.getByRole('combobox', { name: 'Jämför med' }).click();
    await page.getByRole('option', { name: 'Scenario A' }).click();
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Öppna i eget fönster' }).click(),
    ]);
    win = popup;
    await win.setViewportSize({ width: 1920, height: 1080 });
    expect(new URL(win.url()).pathname).toBe('/presentation.html');
    await win.getByTestId('presentation-view').waitFor({ timeout: 30_000 });
    await page.getByTestId('presentation-window-open').waitFor();
    const paneSum = await page.getByTestId('result-sum').innerText();
    await expect(win.getByTestId('presentation-total').innerText()).resolves.toBe(paneSum);
  });

  it('sends a what-if change in the window to the pane, and an undo in the pane back to the window', async () => {
    const { page } = preview();
    const before = await page.getByTestId('result-sum').innerText();
    const box = win.getByRole('spinbutton', { name: 'Länsgemensamt, avsätts först' });
    await box.fill('1 200 000');
    await box.press('Enter');
    // The pane (the session's owner) recomputes: Σ to the kommuner drops by exactly the set-aside.
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="result-sum"]')?.textContent !== text,
      before,
    );
    const after = await page.getByTestId('result-sum').innerText();
    expect(kr(before) - kr(after)).toBe(1_200_000);
    await win.waitForFunction(
      (text) => document.querySelector('[data-testid="presentation-total"]')?.textContent === text,
      await page.getByTestId('result-sum').textContent(),
    );
    await expect(win.getByTestId('presentation-table').innerText()).resolves.toMatch(/\u2212\d/);
    await win.screenshot({ path: join(SHOTS, 'presentation-window.png') });
    // Undo in the pane, from another step (the window stays open and live): the window goes back.
    await page.getByRole('tab', { name: /Nyckel/ }).click();
    await page.getByRole('button', { name: 'Ångra' }).first().click();
    await win.waitForFunction(
      (text) => document.querySelector('[data-testid="presentation-total"]')?.textContent === text,
      before,
    );
    expect(win.isClosed()).toBe(false);
    await page.getByRole('tab', { name: /Förhandsgranska/ }).click();
    await page.getByTestId('presentation-window-open').waitFor();
    await expect(page.getByTestId('result-sum').innerText()).resolves.toBe(before);
    // And redo from the pane's notice, beside the window's close button.
    await page.getByTestId('presentation-window-open').getByRole('button', { name: 'Gör om' }).click();
    await win.waitForFunction(
      (text) => document.querySelector('[data-testid="presentation-total"]')?.textContent === text,
      after,
    );
  });

  it('switches scenario from the window and the pane follows (the two swap, so Δ stays)', async () => {
    const { page } = preview();
    const active = page.getByRole('combobox', { name: 'Scenario', exact: true });
    const compare = page.getByRole('combobox', { name: 'Jämför med' });
    await expect(active.innerText()).resolves.toBe('Utan länsgemensamt');
    await win.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Scenario A' });
    await page.waitForFunction(
      () => document.querySelector('[role="combobox"]')?.textContent === 'Scenario A',
      undefined,
      { timeout: 20_000 },
    );
    await expect(active.innerText()).resolves.toBe('Scenario A');
    await expect(compare.innerText()).resolves.toBe('Utan länsgemensamt');
    await expect(win.getByRole('combobox', { name: 'Scenario' }).inputValue()).resolves.not.toBe('');
    await expect(
      win.getByTestId('presentation-table').getByRole('columnheader', { name: 'Skillnad, kr' }).count(),
    ).resolves.toBe(1);
  });

  it('closes from the window and gives the pane back', async () => {
    const { page, external, consoleErrors } = preview();
    await win.getByRole('button', { name: 'Avsluta presentationen' }).click();
    await page.getByTestId('presentation-window-open').waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: 'Öppna i eget fönster' }).isEnabled()).resolves.toBe(true);
    expect(win.isClosed()).toBe(true);
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
