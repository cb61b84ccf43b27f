import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeSheet } from '../../src/app/analyzeSheet';
import { type Finding } from '../../src/domain/findings/Finding';
import { type TableModel } from '../../src/domain/table/TableModel';
import { createSampleWorkbook } from '../../src/preview/createSampleWorkbook';
import { App } from '../../src/taskpane/App';
import { type AnalyzeSheet } from '../../src/taskpane/AnalyzeSheet';

function table(sheet: string, range: string): TableModel {
  return { sheet, range, headerRow: 2, level: 'kommun', columns: [], rows: [], unclassified: [] };
}

const mismatch: Finding = {
  code: 'column-total-mismatch',
  severity: 'error',
  sheet: 'Jönköping',
  cells: ['C17'],
  column: 'Insatsområde Vårdens medarbetare',
  stated: 46759217,
  computed: 46757528,
  delta: 1689,
  message: { sv: 'Kolumnsumman stämmer inte', en: 'The column total does not add up' },
};

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Nothing here depends on sizes.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe('App', () => {
  it('renders the four steps as tabs, Underlag first and selected', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    const steps = within(screen.getByRole('tablist', { name: 'Steg' })).getAllByRole('tab');
    expect(steps).toHaveLength(4);
    ['Underlag', 'Nyckel', 'Förhandsgranska', 'Skriv'].forEach((label, i) =>
      expect(steps[i]?.textContent).toContain(label),
    );
    expect(steps[0]?.getAttribute('aria-selected')).toBe('true');
    await screen.findByText('21 rader × 3 kolumner');
  });

  it("lists the workbook's sheets and marks the active one", async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    const list = await screen.findByRole('list', { name: 'Blad i arbetsboken' });
    const names = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Dalarna 2020aktivt',
      'Jönköping',
      'Bilaga 3',
      'Bilaga 4',
      'Avsnitt 8',
      'Formler',
      'Återredovisning 2020',
    ]);
    expect(
      within(list)
        .getByRole('button', { name: /Dalarna 2020/ })
        .getAttribute('aria-current'),
    ).toBe('true');
  });

  it('activates a sheet picked in the list and shows its size', async () => {
    const book = createSampleWorkbook();
    render(<App port={book} lang="sv" analyze={analyzeSheet} />);
    fireEvent.click(await screen.findByRole('button', { name: /Jönköping/ }));
    await screen.findByText('19 rader × 5 kolumner');
    expect(book.activeName()).toBe('Jönköping');
    expect(screen.getByText('Använt område A1:E19')).toBeTruthy();
  });

  it('follows the workbook when the user switches sheet there', async () => {
    const book = createSampleWorkbook();
    render(<App port={book} lang="sv" analyze={analyzeSheet} />);
    await screen.findByText('21 rader × 3 kolumner');
    act(() => void book.activate('Bilaga 4'));
    await screen.findByText('27 rader × 12 kolumner');
  });

  it('switches language to English and back', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    await screen.findByText('21 rader × 3 kolumner');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByText('21 rows × 3 columns');
    expect(screen.getByRole('tab', { name: /Source/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    await screen.findByText('21 rader × 3 kolumner');
  });

  it('asks for a table before writing when none is chosen', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    fireEvent.click(screen.getByRole('tab', { name: /Skriv/ }));
    expect(await screen.findByText(/Välj först tabellen att fördela/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skriv fördelningen' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows tables and findings from the analyzer, and selects the cell when a finding is clicked', async () => {
    const book = createSampleWorkbook();
    book.activate('Jönköping');
    const analyze: AnalyzeSheet = (grid) => ({ tables: [table(grid.sheet, 'A3:E17')], findings: [mismatch] });
    render(<App port={book} lang="sv" analyze={analyze} />);
    const finding = await screen.findByRole('button', { name: /Kolumnsumman stämmer inte/ });
    expect(within(finding).getByText('Fel')).toBeTruthy();
    expect(finding.textContent).toContain('Δ 1\u00A0689\u00A0kr');
    fireEvent.click(finding);
    await waitFor(() => expect(book.currentSelection()).toEqual({ sheet: 'Jönköping', address: 'C17' }));
  });

  it('shows a port error in the user’s language instead of failing silently', async () => {
    const book = createSampleWorkbook();
    const port = Object.assign(Object.create(book) as typeof book, {
      listSheets: async () => ({
        ok: false as const,
        error: { code: 'general' as const, message: { sv: 'Excel är upptaget', en: 'Excel is busy' } },
      }),
    });
    render(<App port={port} lang="sv" analyze={analyzeSheet} />);
    expect(await screen.findByText(/Excel är upptaget/)).toBeTruthy();
  });
});
