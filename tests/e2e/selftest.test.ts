import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { CONTRACT_CHECKS } from '../../src/port/contract/contractChecks';
import { SHOTS, usePreviewPage } from '../helpers/launchPreview';

jest.setTimeout(120_000);

const preview = usePreviewPage({
  viewport: { width: 1280, height: 1000 },
  permissions: ['clipboard-read', 'clipboard-write'],
});
let page: Page;
beforeAll(() => {
  page = preview().page;
});

/** The suite's 15 checks, by id, with the Swedish title the dialog shows (from the contract list). */
const CHECKS: readonly (readonly [string, string])[] = [
  ['values', 'Tal och text skrivs och läses tillbaka oförändrade'],
  ['formulas', 'Formler skrivs och räknas'],
  ['numbers-as-text', 'Tal lagrade som text (0980, 1 264 598) förblir text'],
  ['formula-like-text', "Text som börjar med = + - @ ' förblir text"],
  ['error-like-text', 'Text som #SAKNAS! och #REF! förblir text'],
  ['long-text', 'Text längre än 255 tecken'],
  ['null-leaves-cell', 'Tomma celler i en skrivning lämnar cellen orörd'],
  ['merged-areas', 'Sammanfogade celler läses (även blad med komma i namnet)'],
  ['hidden-rows', 'Dolda rader läses'],
  ['sheet-names', "Bladnamn med ' och , och 31 tecken"],
  ['page-layout', 'Utskrift: en sida bred, valfritt antal sidor hög'],
  ['state-concurrent', 'Planer sparas i arbetsboken även när två sparningar möts'],
  ['output-replaced', 'Tidigare resultatblad ersätts först efter bekräftelse'],
  ['user-sheet-untouched', 'Ett eget blad med samma namn rörs aldrig'],
  ['rollback', 'En misslyckad skrivning tas bort helt'],
];

/** The workbook's sheet tabs (behind the modal dialog, hence hidden from the accessibility tree while it is open). */
const sheetTabs = () =>
  page
    .getByRole('tablist', { name: 'Blad', includeHidden: true })
    .getByRole('tab', { includeHidden: true })
    .allInnerTexts();

describe('Självtest in the preview host (Hjälp → Självtest)', () => {
  it('names the same 15 checks as the suite’s catalogue', () => {
    expect(CHECKS.map(([id]) => id)).toEqual(CONTRACT_CHECKS.map((c) => c.id));
  });

  it('runs the contract suite and lists every check with OK, leaving the workbook’s sheets as they were', async () => {
    const before = await sheetTabs();
    expect(before).toHaveLength(7);
    await page.getByRole('button', { name: 'Hjälp' }).click();
    await page.getByRole('menuitem', { name: 'Självtest' }).click();
    const dialog = page.getByRole('dialog', { name: 'Självtest' });
    await expect(dialog.getByTestId('selftest-environment').innerText()).resolves.toMatch(
      /^Miljö: Länsnyckel preview, Browser, version Mozilla\/5\.0 /,
    );
    await dialog.getByRole('button', { name: 'Kör självtest' }).click();
    await dialog.getByText('Alla 15 kontroller gick igenom.', { exact: true }).waitFor({ timeout: 60_000 });

    const items = dialog.getByRole('list', { name: 'Självtest' }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(15);
    for (const [i, [id, title]] of CHECKS.entries()) {
      const item = items.nth(i);
      await expect(item.getAttribute('data-check')).resolves.toBe(id);
      await expect(item.getAttribute('data-ok')).resolves.toBe('true');
      await expect(item.innerText()).resolves.toBe(`OK\n${title}`);
    }
    const report = await dialog.getByRole('textbox', { name: 'Rapport' }).inputValue();
    for (const [id, title] of CHECKS) expect(report).toContain(`OK  ${title} [${id}]`);
    expect(report).not.toMatch(/^Fel /m);
    expect(await sheetTabs()).toEqual(before);
    await page.screenshot({ path: join(SHOTS, 'sjalvtest.png') });
  });

  it('copies the same report to the clipboard with "Kopiera rapporten"', async () => {
    const dialog = page.getByRole('dialog', { name: 'Självtest' });
    const report = await dialog.getByRole('textbox', { name: 'Rapport' }).inputValue();
    await dialog.getByRole('button', { name: 'Kopiera rapporten' }).click();
    await dialog.getByText('Rapporten är kopierad.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(report);
    expect(report.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^Länsnyckel – Självtest \d{4}-\d{2}-\d{2}$/),
      expect.stringMatching(/^Miljö: Länsnyckel preview, Browser, version /),
      'Alla 15 kontroller gick igenom.',
    ]);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
