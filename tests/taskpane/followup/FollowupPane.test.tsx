import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createSampleWorkbook } from '../../../src/preview/createSampleWorkbook';
import { followupSampleSheet } from '../../../src/preview/followupSampleSheet';
import { layoutSample } from '../../../src/preview/layoutSample';
import { PreviewWorkbook } from '../../../src/preview/PreviewWorkbook';
import { FOLLOWUP_SAMPLE } from '../../../src/preview/samples/followupSample';
import { SAMPLE_TABLES } from '../../../src/preview/samples/sampleTables';
import { type Cell } from '../../../src/workbook/Grid';
import { FOLLOWUP_STATE_KEY, FollowupPane } from '../../../src/taskpane/followup/FollowupPane';
import { StringsProvider } from '../../../src/taskpane/StringsContext';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function renderPane(book = createSampleWorkbook()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider lang="sv">
        <FollowupPane port={book} today={() => '2021-03-31'} />
      </StringsProvider>
    </FluentProvider>,
  );
  return book;
}

describe('FollowupPane', () => {
  it('reconciles the example report against the Dalarna 2020 table and shows each kommun’s status', async () => {
    renderPane();
    const table = await screen.findByRole('table', { name: 'Per kommun' });
    const rows = within(table).getAllByRole('row');
    // Header + 15 Dalarna kommuner + Ljusdal, which was not allocated.
    expect(rows).toHaveLength(17);
    expect(rows[1]!.textContent).toBe('Avesta1\u00a0264\u00a05981\u00a0200\u00a0000stämmer');
    expect(rows.find((r) => r.textContent?.startsWith('Vansbro'))!.textContent).toBe(
      'Vansbro371\u00a0283–saknas',
    );
    expect(rows.at(-1)!.textContent).toBe('Ljusdal0250\u00a0000ej tilldelad');
    expect(screen.getByRole('heading', { name: 'Anmärkningar (6)' })).toBeTruthy();
  });

  it('selects the cell of a finding when it is activated', async () => {
    const book = renderPane();
    fireEvent.click(
      await screen.findByRole('button', { name: /”Falun” redovisar tilldelat 3\u00a0241\u00a0280 kr i B6/ }),
    );
    await screen.findByRole('table', { name: 'Per kommun' });
    expect(book.currentSelection()).toEqual({ sheet: 'Återredovisning 2020', address: 'B6' });
  });

  it('writes the Återredovisning sheet and saves the choice in the workbook', async () => {
    const book = renderPane();
    fireEvent.click(await screen.findByRole('button', { name: 'Skriv bladet Återredovisning' }));
    await screen.findByText('Bladet Återredovisning är skrivet.');
    expect(book.sheetNames().find((s) => s.name === 'Återredovisning')?.isOutput).toBe(true);
    const written = book.peekSheet('Återredovisning')!;
    // Row 5, column C: Avesta's tilldelat from the published table.
    expect(written.cell(4, 2).value).toEqual({ kind: 'number', value: 1264598 });
    expect(await book.loadState(FOLLOWUP_STATE_KEY)).toEqual({ ok: true, value: null });
  });

  it('says no allocation was found when the workbook has only the report, and offers nothing to write', async () => {
    const book = new PreviewWorkbook();
    const sheet = followupSampleSheet();
    book.addSheet(sheet.name, sheet.rows, { bold: sheet.bold });
    renderPane(book);
    expect(await screen.findByText(/^Ingen fördelning hittades\./)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Per kommun' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skriv bladet Återredovisning' })).toBeNull();
  });

  it('offers both report tables when two look like återredovisningar, reconciles the chosen one and saves it', async () => {
    const book = createSampleWorkbook();
    const sheet = followupSampleSheet();
    book.addSheet('Rättad 2020', sheet.rows);
    // Falun's corrected report: 3 241 208 tilldelat (as allocated), 3 241 208 − 3 000 000 = 241 208 ej förbrukat.
    book.setCell('Rättad 2020', 'B6', { value: { kind: 'number', value: 3241208 } });
    book.setCell('Rättad 2020', 'D6', { value: { kind: 'number', value: 241208 } });
    // Its sum row, as Excel would cache it: 15 590 293 − 72 and 409 289 − 72.
    book.setCell('Rättad 2020', 'B19', {
      value: { kind: 'number', value: 15590221 },
      formula: '=SUM(B4:B18)',
    });
    book.setCell('Rättad 2020', 'D19', { value: { kind: 'number', value: 409217 }, formula: '=SUM(D4:D18)' });
    renderPane(book);
    await screen.findByRole('heading', { name: 'Anmärkningar (6)' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Kommunernas redovisning' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Återredovisning 2020!A3:D19', 'Rättad 2020!A3:D19']);
    fireEvent.click(screen.getByRole('option', { name: 'Rättad 2020!A3:D19' }));
    // Falun's mismatch (Δ 72) is gone; the other five remain.
    await screen.findByRole('heading', { name: 'Anmärkningar (5)' });
    const falun = within(screen.getByRole('table', { name: 'Per kommun' }))
      .getAllByRole('row')
      .find((r) => r.textContent?.startsWith('Falun'))!;
    expect(falun.textContent).toBe('Falun3\u00a0241\u00a02083\u00a0000\u00a0000stämmer');
    const saved = await book.loadState(FOLLOWUP_STATE_KEY);
    expect(saved.ok && JSON.parse(saved.value!)).toEqual({ report: 'Rättad 2020!A3:D19' });
  });

  it('shows text in an amount and a negative ej förbrukat as findings on their cells', async () => {
    const book = createSampleWorkbook();
    book.setCell('Återredovisning 2020', 'C7', { value: { kind: 'text', value: 'se bilaga' } });
    renderPane(book);
    expect(
      await screen.findByRole('button', {
        name: /”Gagnef”: ”Förbrukat” i C7 är ”se bilaga”, inte ett belopp/,
      }),
    ).toBeTruthy();
    // Mora's ej förbrukat 1 116 849 − 1 150 000 = −33 151: a warning from the ordinary checks.
    expect(screen.getByRole('button', { name: /D12 är negativt \(−33\u00a0151\)/ })).toBeTruthy();
  });

  describe('a report with two förbrukat columns', () => {
    /**
     * Dalarna 2020 and the example report with a second förbrukat column D, "Förbrukat enligt prognos", 1 000 kr
     * above the real one on every row; ej förbrukat moves to E.
     */
    function ambiguousBook(): PreviewWorkbook {
      const book = new PreviewWorkbook();
      const dalarna = layoutSample(SAMPLE_TABLES[0]!);
      book.addSheet(dalarna.name, dalarna.rows, { bold: dalarna.bold });
      const num = (value: number): Cell => ({ value: { kind: 'number', value } });
      const text = (value: string): Cell => ({ value: { kind: 'text', value } });
      const units = FOLLOWUP_SAMPLE.rows.slice(3, -1) as unknown as readonly (readonly [
        string,
        number,
        number,
        number,
      ])[];
      const total = (pick: (u: readonly [string, number, number, number]) => number, col: string): Cell => ({
        value: { kind: 'number', value: units.reduce((acc, u) => acc + pick(u), 0) },
        formula: `=SUM(${col}4:${col}18)`,
      });
      book.addSheet('Redovisning', [
        [text('EXEMPEL')],
        [],
        ['Kommun', 'Tilldelat', 'Förbrukat', 'Förbrukat enligt prognos', 'Ej förbrukat'].map(text),
        ...units.map(([unit, allocated, used, unused]) => [
          text(unit),
          num(allocated),
          num(used),
          num(used + 1000),
          num(unused),
        ]),
        [
          text('Summa'),
          total((u) => u[1], 'B'),
          total((u) => u[2], 'C'),
          total((u) => u[2] + 1000, 'D'),
          total((u) => u[3], 'E'),
        ],
      ]);
      return book;
    }
    const avesta = () =>
      within(screen.getByRole('table', { name: 'Per kommun' }))
        .getAllByRole('row')
        .find((r) => r.textContent?.startsWith('Avesta'))!.textContent;

    it('asks which column is förbrukat, reconciles the one chosen and saves the choice', async () => {
      const book = ambiguousBook();
      renderPane(book);
      expect(await screen.findByText(/^Flera kolumner i redovisningen kan betyda samma sak/)).toBeTruthy();
      expect(screen.queryByRole('table', { name: 'Per kommun' })).toBeNull();
      fireEvent.click(screen.getByRole('combobox', { name: 'Kolumn för förbrukat' }));
      const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
      expect(options).toEqual(['C: Förbrukat', 'D: Förbrukat enligt prognos']);
      fireEvent.click(screen.getByRole('option', { name: 'D: Förbrukat enligt prognos' }));
      // Avesta by the prognos: 1 200 000 + 1 000 = 1 201 000 used, 1 264 598 − 1 201 000 = 63 598 ≠ 64 598 unused.
      await screen.findByRole('table', { name: 'Per kommun' });
      expect(avesta()).toBe('Avesta1\u00a0264\u00a05981\u00a0201\u00a0000avvikelse');
      fireEvent.click(screen.getByRole('combobox', { name: 'Kolumn för förbrukat' }));
      fireEvent.click(await screen.findByRole('option', { name: 'C: Förbrukat' }));
      await waitFor(() => expect(avesta()).toBe('Avesta1\u00a0264\u00a05981\u00a0200\u00a0000stämmer'));
      const saved = await book.loadState(FOLLOWUP_STATE_KEY);
      expect(saved.ok && JSON.parse(saved.value!)).toEqual({ columns: { used: 'C' } });
    });

    it('reconciles with the column chosen earlier when the workbook is opened again', async () => {
      const book = ambiguousBook();
      await book.saveState(FOLLOWUP_STATE_KEY, JSON.stringify({ columns: { used: 'D' } }));
      renderPane(book);
      await screen.findByRole('table', { name: 'Per kommun' });
      expect(avesta()).toBe('Avesta1\u00a0264\u00a05981\u00a0201\u00a0000avvikelse');
    });
  });
});
