import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createSampleWorkbook } from '../../../src/preview/createSampleWorkbook';
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
    expect(written.cells[4]![2]!.value).toEqual({ kind: 'number', value: 1264598 });
    expect(await book.loadState(FOLLOWUP_STATE_KEY)).toEqual({ ok: true, value: null });
  });
});
