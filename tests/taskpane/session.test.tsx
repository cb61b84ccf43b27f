import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeSheet } from '../../src/app/analyzeSheet';
import { createSampleWorkbook } from '../../src/preview/createSampleWorkbook';
import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { App } from '../../src/taskpane/App';
import { tiersAndPopulationPlan } from '../../src/domain/presets/tiersAndPopulationPlan';
import { SESSION_STATE_KEY, sessionToJson } from '../../src/taskpane/state/sessionJson';
import { initialSession, sessionReducer } from '../../src/taskpane/state/sessionReducer';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

const tab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));
async function chooseJonkoping() {
  const radio = await screen.findByRole('radio', { name: /^Jönköping A3:E17/ });
  // Choosing activates the table's sheet, and the pane hears that as a sheet event it answers asynchronously.
  await act(async () => {
    fireEvent.click(radio);
  });
}
async function applyPreset() {
  tab(/Nyckel/);
  fireEvent.click(screen.getByRole('button', { name: 'Använd förinställningen' }));
  await screen.findByText(/Socialchefsnätverket/, { selector: 'input' }).catch(() => undefined);
}
const group = (name: string) => screen.getAllByRole('group', { name })[0]!;

describe('table chooser', () => {
  it('selects the chosen table in the workbook, on its own sheet', async () => {
    const book = createSampleWorkbook();
    render(<App port={book} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    await waitFor(async () =>
      expect(await book.getSelection()).toEqual({
        ok: true,
        value: { sheet: 'Jönköping', address: 'A3:E17' },
      }),
    );
    expect(await book.activeSheet()).toEqual({ ok: true, value: 'Jönköping' });
  });
});

describe('plan editor', () => {
  it('shows "Σ golv > ram" at the floor step, and the result again when the floor is lowered', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    await applyPreset();
    await screen.findByTestId('plan-result');
    fireEvent.click(screen.getAllByRole('button', { name: 'Lägg till steg' })[1]!);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Golv och tak' }));
    const floor = within(group('Golv och tak')).getByRole('textbox', { name: 'Golv: minst (kr)' });
    fireEvent.change(floor, { target: { value: '10 000 000' } });
    expect(
      await within(group('Golv och tak')).findByText(/golv/i, {
        selector: '[role=alert], .fui-Field__validationMessage',
      }),
    ).toBeTruthy();
    expect(screen.queryByTestId('plan-result')).toBeNull();
    fireEvent.change(floor, { target: { value: '300 000' } });
    await screen.findByTestId('plan-result');
  });

  it('says the blend weights must sum to 100 %', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    tab(/Nyckel/);
    const key = group('Fördelningsnyckel');
    fireEvent.click(within(key).getByRole('combobox', { name: 'Nyckel' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Viktad blandning' }));
    const weights = within(group('Fördelningsnyckel')).getAllByRole('textbox', { name: 'Vikt (%)' });
    fireEvent.change(weights[0]!, { target: { value: '60' } });
    const sum = await within(group('Fördelningsnyckel')).findByText(
      'Vikterna summerar till 110 %, ska vara 100 %.',
    );
    expect(sum.getAttribute('role')).toBe('alert');
    fireEvent.change(weights[1]!, { target: { value: '33,33' } });
    fireEvent.change(weights[0]!, { target: { value: '66,67' } });
    const exact = await within(group('Fördelningsnyckel')).findByText(/Summa vikter: 100 %/);
    expect(exact.getAttribute('role')).toBeNull();
  });

  it('refuses an amount it cannot read and keeps the last good one; takes "1,9 Mkr"', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    await applyPreset();
    const field = within(group('Avsättning (kr)')).getByRole('textbox', { name: 'Belopp (kr)' });
    fireEvent.change(field, { target: { value: 'en miljon' } });
    expect(await screen.findByText('Skriv ett belopp i kronor, t.ex. 1 900 000 eller 1,9 Mkr.')).toBeTruthy();
    expect(screen.getByTestId('plan-result').textContent).toContain('91\u00a0050\u00a0702');
    fireEvent.change(field, { target: { value: '1,2 Mkr' } });
    await waitFor(() =>
      expect(screen.getByTestId('plan-result').textContent).toContain('91\u00a0750\u00a0702'),
    );
    fireEvent.blur(field);
    expect((field as HTMLInputElement).value).toBe('1\u00a0200\u00a0000');
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    await waitFor(() =>
      expect(screen.getByTestId('plan-result').textContent).toContain('91\u00a0050\u00a0702'),
    );
  });
});

describe('saving the session in the workbook', () => {
  it('restores the table, plans and scenarios when the workbook is reopened', async () => {
    const book = createSampleWorkbook();
    const first = render(<App port={book} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    await applyPreset();
    tab(/Förhandsgranska/);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicera' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Namn på scenariot' }), {
      target: { value: 'Utan samordning' },
    });
    tab(/Skriv/); // a step change saves at once
    await waitFor(async () => {
      const saved = (await book.loadState(SESSION_STATE_KEY)) as { ok: true; value: string | null };
      expect(saved.value).toContain('Utan samordning');
    });
    first.unmount();

    const reopened = PreviewWorkbook.deserialize(book.serialize());
    render(<App port={reopened} lang="sv" analyze={analyzeSheet} />);
    await act(async () => undefined);
    const radio = (await screen.findByRole('radio', { name: /^Jönköping A3:E17/ })) as HTMLInputElement;
    await waitFor(() => expect(radio.checked).toBe(true));
    tab(/Förhandsgranska/);
    expect(await screen.findByDisplayValue('Utan samordning')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Jämför med' }).textContent).toContain('Scenario A');
    expect(await screen.findByTestId('result-table')).toBeTruthy();
  });
});

describe('saving the session when the workbook refuses', () => {
  it('says the saved plans could not be read when loadState rejects, and still saves later edits', async () => {
    const book = createSampleWorkbook();
    const saves: string[] = [];
    const port = Object.assign(Object.create(book) as typeof book, {
      loadState: () => Promise.reject(new Error('CustomXmlParts otillgängligt')),
      saveState: async (key: string, json: string) => {
        saves.push(json);
        return book.saveState(key, json);
      },
    });
    render(<App port={port} lang="sv" analyze={analyzeSheet} />);
    expect(
      await screen.findByText(
        'De sparade planerna kunde inte läsas från arbetsboken: CustomXmlParts otillgängligt',
      ),
    ).toBeTruthy();
    await chooseJonkoping();
    tab(/Nyckel/);
    tab(/Skriv/);
    await waitFor(() => expect(saves.length).toBeGreaterThan(0));
  });

  it('says the plans could not be saved when saveState rejects, instead of an unhandled rejection', async () => {
    const book = createSampleWorkbook();
    const port = Object.assign(Object.create(book) as typeof book, {
      saveState: () => Promise.reject(new Error('Dokumentet är skrivskyddat')),
    });
    render(<App port={port} lang="sv" analyze={analyzeSheet} />);
    await chooseJonkoping();
    tab(/Nyckel/);
    expect(
      await screen.findByText('Planerna kunde inte sparas i arbetsboken: Dokumentet är skrivskyddat'),
    ).toBeTruthy();
  });

  it('keeps a table chosen before the saved session (with another table) was read', async () => {
    const book = createSampleWorkbook();
    const saved = sessionReducer(initialSession(tiersAndPopulationPlan(), 'Sparad'), {
      type: 'select-source',
      source: { sheet: 'Dalarna 2020', range: 'A1:C17' },
    });
    await book.saveState(SESSION_STATE_KEY, sessionToJson(saved));
    let release: () => void = () => undefined;
    const port = Object.assign(Object.create(book) as typeof book, {
      loadState: (key: string) =>
        new Promise<Awaited<ReturnType<typeof book.loadState>>>((resolve) => {
          release = () => void book.loadState(key).then(resolve);
        }),
    });
    render(<App port={port} lang="sv" analyze={analyzeSheet} />);
    const radio = (await screen.findByRole('radio', { name: /^Jönköping A3:E17/ })) as HTMLInputElement;
    fireEvent.click(radio);
    await act(async () => release());
    tab(/Förhandsgranska/);
    expect(await screen.findByDisplayValue('Sparad')).toBeTruthy();
    tab(/Underlag/);
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: /^Jönköping A3:E17/ }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
  });
});
