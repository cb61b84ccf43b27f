import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { SHOTS, usePreviewPage } from '../helpers/launchPreview';

jest.setTimeout(60_000);

const NBSP = '\u00A0';
const preview = usePreviewPage();
let page: Page;
beforeAll(() => {
  page = preview().page;
});

const cell = (a1: string) => page.locator(`[data-cell="${a1}"]`);

describe('live LANSNYCKEL formulas in the preview grid', () => {
  it('opens the Formler tab and shows FORDELA’s spill, the floor column and KONTROLL = 0', async () => {
    await page.getByRole('tablist', { name: 'Blad' }).getByRole('tab', { name: 'Formler' }).click();
    await page.getByRole('region', { name: 'Bladet Formler' }).waitFor();
    await expect(cell('A1').innerText()).resolves.toBe('Live formler – LANSNYCKEL.FORDELA');
    await expect(cell('C4').innerText()).resolves.toBe(`1${NBSP}264${NBSP}598`);
    await expect(cell('C18').innerText()).resolves.toBe(`383${NBSP}613`);
    await expect(cell('C19').innerText()).resolves.toBe(`15${NBSP}711${NBSP}504`);
    await expect(cell('D19').innerText()).resolves.toBe(`15${NBSP}711${NBSP}504`);
    await expect(cell('C21').innerText()).resolves.toBe('0');
    await expect(cell('D21').innerText()).resolves.toBe('0');
    await expect(cell('C4').evaluate((td) => getComputedStyle(td).textAlign)).resolves.toBe('right');
  });

  it('shows the formula in the formula bar when C4 is clicked, and its value in the cell', async () => {
    await cell('C4').dispatchEvent('mousedown');
    await expect(cell('C4').getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.getByTestId('formula-bar').innerText()).resolves.toBe(
      '=LANSNYCKEL.FORDELA(15711504;B4:B18)',
    );
    await expect(cell('C4').innerText()).resolves.toBe(`1${NBSP}264${NBSP}598`);
    await page.screenshot({ path: join(SHOTS, 'functions.png') });
  });

  it('shows KONTROLL’s formula for the control cell, and nothing left the machine', async () => {
    await cell('C21').dispatchEvent('mousedown');
    await expect(page.getByTestId('formula-bar').innerText()).resolves.toBe(
      '=LANSNYCKEL.KONTROLL(C4:C18;15711504)',
    );
    expect(preview().external).toEqual([]);
    expect(preview().consoleErrors).toEqual([]);
  });
});
