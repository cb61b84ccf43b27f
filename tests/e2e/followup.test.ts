import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { defined } from '../helpers/defined';
import { SHOTS, usePreviewPage } from '../helpers/launchPreview';

jest.setTimeout(90_000);

const NBSP = '\u00A0';
const MINUS = '\u2212';
/** "1 264 598" as the sv-SE grid and pane show it. */
const kr = (text: string) => text.replace(/ /g, NBSP).replace(/^-/, MINUS);

const preview = usePreviewPage();
let page: Page;
beforeAll(() => {
  page = preview().page;
});

const pane = () => page.getByRole('complementary', { name: 'Aktivitetsfönster' });
const sheetTabs = () => page.getByRole('tablist', { name: 'Blad' });
const pick = async (label: string, option: string) => {
  await pane().getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
};

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

/** Every axe violation (any impact) inside the task pane; Tabster's focus sentinels excluded (microsoft/tabster#288). */
async function paneViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[aria-label="Aktivitetsfönster"]')
    .exclude('[data-tabster-dummy]')
    .analyze();
  // An include that matched nothing would pass vacuously.
  if (results.passes.length === 0) throw new Error('axe scanned nothing: the task pane was not found');
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The per-kommun table's rows as "kommun | tilldelat | förbrukat | status". */
async function statusRows(): Promise<string[]> {
  const table = pane().getByRole('table', { name: 'Per kommun', exact: true });
  return table.evaluate((el) =>
    [...el.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim()).join(' | '),
    ),
  );
}

describe('Uppföljning in the preview: the Dalarna 2020 example återredovisning', () => {
  it('switches to Uppföljning and reconciles the chosen allocation and report per kommun', async () => {
    await pane().getByRole('button', { name: 'Uppföljning' }).click();
    await pane().getByRole('heading', { name: 'Uppföljning', level: 2 }).waitFor();
    await pick('Fördelning', 'Dalarna 2020!A3:C19');
    await pick('Kommunernas redovisning', 'Återredovisning 2020!A3:D19');
    await pane().getByRole('table', { name: 'Per kommun', exact: true }).waitFor();
    const rows = await statusRows();
    // 15 Dalarna kommuner from the published table + Ljusdal, which only the report has.
    expect(rows).toHaveLength(16);
    expect(rows[0]).toBe(`Avesta | ${kr('1 264 598')} | ${kr('1 200 000')} | stämmer`);
    expect(rows[1]).toBe(`Borlänge | ${kr('2 869 325')} | ${kr('2 800 000')} | avvikelse`);
    expect(rows[2]).toBe(`Falun | ${kr('3 241 208')} | ${kr('3 000 000')} | avvikelse`);
    expect(rows[8]).toBe(`Mora | ${kr('1 116 849')} | ${kr('1 150 000')} | avvikelse`);
    expect(rows[13]).toBe(`Vansbro | ${kr('371 283')} | – | saknas`);
    expect(rows[15]).toBe(`Ljusdal | 0 | ${kr('250 000')} | ej tilldelad`);
    expect(rows.filter((r) => r.endsWith('| stämmer'))).toHaveLength(11);
    // The table fits the pane: nothing sticks out to the right of the Uppföljning section.
    const section = pane().getByRole('region', { name: 'Uppföljning' });
    const [sectionBox, tableBox] = await Promise.all([
      section.boundingBox(),
      pane().getByRole('table', { name: 'Per kommun', exact: true }).boundingBox(),
    ]);
    const table = defined(tableBox, 'table box');
    const sectionEdge = defined(sectionBox, 'section box');
    expect(table.x + table.width).toBeLessThanOrEqual(sectionEdge.x + sectionEdge.width + 1);
  });

  it('lists the six findings with their Δ, and a click selects the cell in the grid', async () => {
    await pane().getByRole('heading', { name: 'Anmärkningar (6)' }).waitFor();
    const falun = pane().getByRole('button', { name: /”Falun” redovisar tilldelat/ });
    await expect(falun.innerText()).resolves.toContain(`B6 · Δ 72${NBSP}kr`);
    await falun.click();
    await expect(
      sheetTabs().getByRole('tab', { name: 'Återredovisning 2020' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.locator('[data-cell="B6"]').getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.getByTestId('formula-bar').innerText()).resolves.toBe(kr('3 241 280'));
    // The README's picture: the report with Falun's cell selected, the pane at the end of the table and the findings.
    await pane()
      .getByRole('heading', { name: 'Anmärkningar (6)' })
      .evaluate((h) => {
        // Scroll only the pane's own scroller (scrollIntoView would scroll the page too).
        let box = h.parentElement;
        while (
          box &&
          !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))
        )
          box = box.parentElement;
        if (box)
          box.scrollTop +=
            h.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 2;
      });
    await page.screenshot({ path: join(SHOTS, 'uppfoljning.png') });

    const borlange = pane().getByRole('button', { name: /”Borlänge”: ej förbrukat i D5/ });
    await expect(borlange.innerText()).resolves.toContain(`D5 · Δ ${kr('-325')}${NBSP}kr`);
    const mora = pane().getByRole('button', { name: /”Mora” redovisar förbrukat/ });
    await expect(mora.innerText()).resolves.toContain(`C12 · Δ ${kr('33 151')}${NBSP}kr`);

    // Vansbro sent no report: its finding points at its allocated amount on the Dalarna 2020 sheet.
    const vansbro = pane().getByRole('button', { name: /”Vansbro” tilldelades/ });
    await expect(vansbro.innerText()).resolves.toContain(`C17 · Δ ${kr('-371 283')}${NBSP}kr`);
    await vansbro.click();
    await expect(
      sheetTabs().getByRole('tab', { name: 'Dalarna 2020' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.locator('[data-cell="C17"]').getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.getByTestId('formula-bar').innerText()).resolves.toBe(kr('371 283'));

    await expect(paneViolations()).resolves.toEqual([]);
  });

  it('writes the Återredovisning sheet with live sums, controls and the ekonomisk redovisning', async () => {
    await pane().getByRole('button', { name: 'Skriv bladet Återredovisning' }).click();
    await pane().getByText('Bladet Återredovisning är skrivet.').waitFor();
    await sheetTabs().getByRole('tab', { name: 'Återredovisning', exact: true }).click();
    await page.getByRole('region', { name: 'Bladet Återredovisning' }).waitFor();
    const cells = await gridCells();
    const row = (r: number, cols: string) => [...cols].map((c) => cells[`${c}${r}`] ?? '');
    expect(row(4, 'BCDEFHI')).toEqual([
      'Kommun',
      'Tilldelat',
      'Redovisat tilldelat',
      'Förbrukat',
      'Ej förbrukat',
      'Kontroll (tilldelat − förbrukat − ej förbrukat)',
      'Status',
    ]);
    // Avesta balances: 1 264 598 − 1 200 000 − 64 598 = 0.
    expect(row(5, 'BCDEFHI')).toEqual([
      'Avesta',
      kr('1 264 598'),
      kr('1 264 598'),
      kr('1 200 000'),
      kr('64 598'),
      '0',
      'stämmer',
    ]);
    // Borlänge: 2 869 325 − 2 800 000 − 69 000 = 325.
    expect(row(6, 'BHI')).toEqual(['Borlänge', '325', 'avvikelse']);
    // Falun got 3 241 208 but reports 3 241 280: 3 241 208 − 3 000 000 − 241 280 = −72.
    expect(row(7, 'BCDH')).toEqual(['Falun', kr('3 241 208'), kr('3 241 280'), kr('-72')]);
    // Vansbro sent nothing: its whole 371 283 is unaccounted for.
    expect(row(18, 'BCEFHI')).toEqual(['Vansbro', kr('371 283'), '', '', kr('371 283'), 'saknas']);
    expect(row(20, 'BCEFH')).toEqual(['Ljusdal', '0', kr('250 000'), '0', kr('-250 000')]);
    // Σ tilldelat 15 711 504 (the published total); Σ förbrukat 15 180 679; Σ ej förbrukat 409 289 (Mora's −33 151
    // included); Σ kontroll 325 − 72 + 371 283 − 250 000 = 121 536.
    expect(row(21, 'BCEFH')).toEqual([
      'Summa',
      kr('15 711 504'),
      kr('15 180 679'),
      kr('409 289'),
      kr('121 536'),
    ]);
    expect(row(22, 'BC')).toEqual(['Kontroll (summa − fördelat)', '0']);
    // The ekonomisk redovisning: mottaget = avsatt 0 + fördelat 15 711 504; att återbetala 64 598 + 69 000 + 241 280
    // + 67 562 = 442 440 (Mora's −33 151 does not lower it, it is its own row); control 15 711 504 − 15 180 679 −
    // 442 440 + 33 151 = 121 536 (not 0: Vansbro's and Ljusdal's money is not accounted for).
    expect([25, 26, 27, 28, 29, 30, 31].map((r) => cells[`C${r}`])).toEqual([
      kr('15 711 504'),
      '0',
      kr('15 711 504'),
      kr('15 180 679'),
      kr('442 440'),
      kr('33 151'),
      kr('121 536'),
    ]);
    await page.locator('[data-cell="C21"]').dispatchEvent('mousedown');
    await expect(page.getByTestId('formula-bar').innerText()).resolves.toBe('=SUM(C5:C20)');
    await page.screenshot({ path: join(SHOTS, 'uppfoljning-blad.png') });
  });

  it('made no request outside the local server and logged no errors', () => {
    expect(preview().external).toEqual([]);
    expect(preview().consoleErrors).toEqual([]);
  });
});
