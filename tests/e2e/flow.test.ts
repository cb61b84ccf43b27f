import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { defined } from '../helpers/defined';
import { SHOTS, usePreviewPage } from '../helpers/launchPreview';

jest.setTimeout(90_000);

const NBSP = '\u00A0';

const preview = usePreviewPage();
let page: Page;
beforeAll(() => {
  page = preview().page;
});

const pane = () => page.getByRole('complementary', { name: 'Aktivitetsfönster' });
const step = (name: RegExp) => pane().getByRole('tab', { name }).click();
const pick = async (label: string | RegExp, option: string | RegExp) => {
  await pane().getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
};

/** A screenshot in test-output/screenshots (scripts/update-screenshots.mjs copies chosen ones to docs/). */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, name) });
}

async function noSeriousViolations(): Promise<void> {
  // Tabster's focus sentinels are aria-hidden yet focusable on purpose (microsoft/tabster#288).
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** The grid's cells of the active sheet as address → shown text. */
async function gridCells(): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-cell]')].map((td) => [
        td.dataset.cell ?? '',
        td.innerText.trim(),
      ]),
    ),
  );
}

describe('the whole flow on the Jönköping sample', () => {
  it('detects the tables of every sheet and uses the Jönköping table', async () => {
    const radio = pane().getByRole('radio', { name: /^Jönköping A3:E17/ });
    await radio.waitFor();
    expect(await pane().getByRole('radio').count()).toBeGreaterThanOrEqual(4);
    await radio.check();
    await pane().getByRole('group', { name: 'Rätta tabellen' }).waitFor();
    await shot('step-1-underlag.png');
    await noSeriousViolations();
  });

  it('starts from the preset “storleksklasser + befolkning” and takes the 1,9 Mkr set-aside as typed', async () => {
    await step(/Nyckel/);
    await pick('Börja från en förinställning', /Storleksklasser \+ befolkning/);
    await pane().getByRole('button', { name: 'Använd förinställningen' }).click();
    await pane().getByText('Befolkning 1 nov 2024 (SCB)', { exact: false }).first().waitFor();
    const setAside = pane()
      .getByRole('group', { name: 'Avsättning (kr)' })
      .first()
      .getByRole('textbox', { name: 'Belopp (kr)' });
    await setAside.fill('1,9 Mkr');
    await setAside.blur();
    await expect(setAside.inputValue()).resolves.toBe(`1${NBSP}900${NBSP}000`);
    const result = pane().getByTestId('plan-result');
    // 37 791 485 − 1 900 000 − 1 200 000 + 46 759 217 + 9 600 000
    await expect(result.innerText()).resolves.toContain(`91${NBSP}050${NBSP}702${NBSP}kr`);
    await shot('step-2-nyckel.png');
    await noSeriousViolations();
  });

  it('shows an inline problem for a bad amount, and the result again when it is fixed', async () => {
    const setAside = pane()
      .getByRole('group', { name: 'Avsättning (kr)' })
      .first()
      .getByRole('textbox', { name: 'Belopp (kr)' });
    await setAside.fill('en del');
    await pane().getByText('Skriv ett belopp i kronor', { exact: false }).waitFor();
    await setAside.fill('1 900 000');
    await expect(pane().getByText('Skriv ett belopp i kronor', { exact: false }).count()).resolves.toBe(0);
  });

  it('compares with a duplicate scenario without the set-aside: Δ is the 1,9 Mkr spread over the kommuner', async () => {
    await step(/Förhandsgranska/);
    await pane().getByRole('button', { name: 'Duplicera' }).click();
    await pane().getByRole('textbox', { name: 'Namn på scenariot' }).fill('Utan samordning');
    await step(/Nyckel/);
    await pane().getByRole('button', { name: 'Ta bort steget Avsättning (kr)' }).first().click();
    await step(/Förhandsgranska/);
    await pick('Scenario', 'Scenario A');
    await pick('Jämför med', 'Utan samordning');
    const table = pane().getByTestId('result-table');
    await table.waitFor();
    const sumRow = table.getByRole('row').last();
    await expect(sumRow.innerText()).resolves.toContain(`\u2212${'1'}${NBSP}900${NBSP}000`);
    await pane().getByRole('button', { name: 'Varför fick Aneby detta belopp?' }).click();
    const why = page.getByRole('dialog', { name: 'Så räknades Aneby' });
    await expect(why.getByTestId('why-text').first().innerText()).resolves.toMatch(
      /^Aneby: \d+,\d+ % av nyckeltalet befolkning → .*\u00a0kr; avrundat (uppåt|nedåt)/,
    );
    await shot('step-3-why.png');
    await why.getByRole('button', { name: 'Stäng' }).click();
    await pane().getByRole('columnheader', { name: 'Totalt' }).click();
    // Sorted by Totalt, largest last; the unit column stays in view while the table scrolls sideways.
    const region = pane().getByRole('region', { name: 'Fördelning per mottagare' });
    const name = table.getByRole('row').nth(1).getByRole('cell').first();
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const [regionBox, nameBox] = await Promise.all([region.boundingBox(), name.boundingBox()]);
    expect(
      Math.abs(defined(nameBox, 'name cell box').x - defined(regionBox, 'table region box').x),
    ).toBeLessThanOrEqual(1);
    await region.evaluate((el) => (el.scrollLeft = 0));
    await shot('step-3-forhandsgranska.png');
    await noSeriousViolations();
  });

  it('writes the sheets; the Fördelning sheet appears with its control cells at 0', async () => {
    await step(/Skriv/);
    await pane().getByRole('button', { name: 'Skriv fördelningen' }).click();
    await pane().getByText('Skrivet: 3 blad.').waitFor();
    const tabs = await page.getByRole('tablist', { name: 'Blad' }).getByRole('tab').allInnerTexts();
    const allocationSheet = tabs.find((t) => t.startsWith('Fördelning'));
    expect(allocationSheet).toBeDefined();
    await page
      .getByRole('tablist', { name: 'Blad' })
      .getByRole('tab', { name: defined(allocationSheet, 'Fördelning tab') })
      .click();
    const cells = await gridCells();
    const label = Object.entries(cells).find(([, v]) => v.startsWith('Kontroll'));
    expect(label).toBeDefined();
    const row = defined(label, 'Kontroll row')[0].replace(/^[A-Z]+/, '');
    const controls = Object.entries(cells).filter(
      ([a, v]) => a.replace(/^[A-Z]+/, '') === row && /^[\d−-]/.test(v),
    );
    expect(controls.length).toBeGreaterThanOrEqual(4);
    expect(controls.every(([, v]) => v === '0')).toBe(true);
    await shot('step-4-skriv.png');
    await noSeriousViolations();
  });

  it('asks before replacing the earlier output', async () => {
    await pane().getByRole('button', { name: 'Skriv fördelningen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ersätta tidigare fördelning?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ersätt' }).click();
    await pane()
      .getByText(/Ersatte:/)
      .waitFor();
  });

  it('looks right in a narrow pane (300–320 px): nothing wider than the pane', async () => {
    const splitter = page.getByRole('separator', { name: 'Ändra bredd på aktivitetsfönstret' });
    await splitter.focus();
    await page.keyboard.press('End');
    await step(/Nyckel/);
    const width = await pane().evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(322);
    const panel = pane().locator('#step-panel');
    await expect(panel.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(1);
    await shot('step-2-nyckel-narrow.png');
    await step(/Förhandsgranska/);
    // The result table scrolls inside its own region; the panel itself never scrolls sideways.
    await expect(panel.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(1);
    await shot('step-3-forhandsgranska-narrow.png');
  });

  it('made no request outside the local server and logged no errors', () => {
    expect(preview().external).toEqual([]);
    expect(preview().consoleErrors).toEqual([]);
  });
});
