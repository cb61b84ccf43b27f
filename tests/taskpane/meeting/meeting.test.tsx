import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { kronor } from '../../../src/domain/money/Kronor';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { type ReactNode } from 'react';
import { type Allocation } from '../../../src/domain/allocation/Allocation';
import { diffAllocations } from '../../../src/domain/allocation/diffAllocations';
import { rational } from '../../../src/domain/money/arithmetic';
import { ROUNDING_UNITS } from '../../../src/domain/money/roundingUnits';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { populationPerKommunPlan } from '../../../src/domain/presets/populationPerKommunPlan';
import { BarChart } from '../../../src/taskpane/meeting/BarChart';
import { layOut, niceTicks, valueText } from '../../../src/taskpane/meeting/barLayout';
import { MeetingMode } from '../../../src/taskpane/meeting/MeetingMode';
import { PresentationView } from '../../../src/taskpane/meeting/PresentationView';
import { WhatIfPanel, sliderStep } from '../../../src/taskpane/meeting/WhatIfPanel';
import { readKnobs } from '../../../src/taskpane/meeting/whatIfKnobs';
import { buildAllocation, units } from '../../helpers/allocationBuilder';
import { defined } from '../../helpers/defined';

const NBSP = '\u00A0';
const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const UNITS = units([
  ['0604', 'Aneby'],
  ['0680', 'Jönköping'],
  ['0662', 'Gislaved'],
]);
const a = buildAllocation({
  planName: 'A',
  units: UNITS,
  pots: [{ name: 'P', frame: 1_000_000n, keys: [1n, 6n, 3n] }],
});
const b = buildAllocation({
  planName: 'B',
  units: UNITS,
  pots: [{ name: 'P', frame: 1_000_000n, keys: [2n, 5n, 3n] }],
});

describe('BarChart', () => {
  it('returns bars sorted by value with signed labels for differences, not color alone', () => {
    wrap(
      <BarChart
        items={[
          { id: '1', label: 'Aneby', value: -1200 },
          { id: '2', label: 'Eksjö', value: 3400 },
          { id: '3', label: 'Vetlanda', value: 0 },
        ]}
        mode="delta"
        title="Skillnad"
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      `Stapeldiagram: Skillnad. 3 staplar sorterade efter värde. Högst Eksjö +3${NBSP}400, lägst Aneby \u22121${NBSP}200. Samma värden finns i tabellen.`,
    );
    const labels = [...chart.querySelectorAll('g[data-value] text')].map((t) => t.textContent);
    expect(labels).toEqual(['Eksjö', `+3${NBSP}400`, 'Vetlanda', '±0', 'Aneby', `\u22121${NBSP}200`]);
    // A hidden table with the same values describes the image.
    const table = defined(
      document.getElementById(chart.getAttribute('aria-describedby') ?? ''),
      'described-by table',
    );
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('lays out bars inside the width and ticks on round sv-SE values', () => {
    const l = layOut({ items: [{ id: 'x', label: 'Falun', value: 1_500_000 }], mode: 'amount' }, 600);
    expect(l.scale(0)).toBe(l.labelW);
    expect(l.scale(1_500_000)).toBeLessThanOrEqual(600);
    expect(niceTicks(0, 1_500_000, 3)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
    expect(niceTicks(0, 0.6, 3)).toEqual([0]);
    expect(valueText(-5, 'delta')).toBe('\u22125');
    expect(layOut({ items: [], mode: 'amount', large: true }, 1000).font).toBe(24);
  });
});

describe('PresentationView', () => {
  it('shows the sentence, a table with Δ per unit signed and a sum row, and exits on Escape', () => {
    const onExit = jest.fn();
    wrap(
      <PresentationView
        allocation={b}
        diff={diffAllocations(a, b)}
        compareName="A"
        planSentence="Efter befolkning"
        onExit={onExit}
      />,
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Efter befolkning' }));
    const table = screen.getByTestId('presentation-table');
    const aneby = within(table).getByRole('row', { name: /Aneby/ });
    expect(aneby.textContent).toContain(`+100${NBSP}000`);
    expect(within(table).getByRole('row', { name: /Jönköping/ }).textContent).toContain(
      `\u2212100${NBSP}000`,
    );
    expect(screen.getByTestId('presentation-total').textContent).toBe(`1${NBSP}000${NBSP}000`);
    expect(screen.getByRole('img').getAttribute('aria-describedby')).toBe(table.id);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('shows öre amounts with two decimals and a sum row that is their exact sum', () => {
    const ore = [rational(10n, 100n), rational(20n, 100n), rational(30n, 100n)].map(kronor);
    const allocation: Allocation = {
      ...a,
      pots: a.pots.map((p) => ({ ...p, amounts: ore })),
      totals: ore,
      roundingUnit: ROUNDING_UNITS.ore,
    };
    wrap(<PresentationView allocation={allocation} planSentence="Öre" onExit={jest.fn()} />);
    const table = screen.getByTestId('presentation-table');
    expect(within(table).getByRole('row', { name: /Aneby/ }).textContent).toContain('0,10');
    expect(screen.getByTestId('presentation-total').textContent).toBe('0,60');
  });
});

describe('MeetingMode', () => {
  it('undoes with Ctrl+Z and redoes with Cmd+Y anywhere in presentation mode', async () => {
    const onUndo = jest.fn();
    const onRedo = jest.fn();
    wrap(
      <MeetingMode
        plan={populationPerKommunPlan()}
        allocation={b}
        onPlanChange={jest.fn()}
        history={{ canUndo: true, canRedo: true, onUndo, onRedo }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Presentationsläge' }));
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(document.activeElement).toBe(heading);
    fireEvent.keyDown(heading, { key: 'z', ctrlKey: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(heading, { key: 'y', metaKey: true });
    expect(onRedo).toHaveBeenCalledTimes(1);
    // Inside the what-if panel the shortcut runs once, not twice.
    fireEvent.keyDown(screen.getByRole('spinbutton', { name: 'Länsgemensamt, avsätts först' }), {
      key: 'z',
      ctrlKey: true,
    });
    expect(onUndo).toHaveBeenCalledTimes(2);
  });

  it('does nothing on Ctrl+Z when there is nothing to undo', () => {
    const onUndo = jest.fn();
    wrap(
      <MeetingMode
        plan={populationPerKommunPlan()}
        allocation={b}
        onPlanChange={jest.fn()}
        history={{ canUndo: false, canRedo: false, onUndo, onRedo: jest.fn() }}
      />,
    );
    const toggle = screen.getByRole('button', { name: 'Presentationsläge' });
    fireEvent.keyDown(toggle, { key: 'z', ctrlKey: true });
    expect(onUndo).not.toHaveBeenCalled();
  });
});

describe('WhatIfPanel', () => {
  it('emits the next plan when a number is typed, in Swedish with Mkr, and undoes with Ctrl+Z', () => {
    const changes: PlanJson[] = [];
    const onUndo = jest.fn();
    wrap(
      <WhatIfPanel
        plan={populationPerKommunPlan()}
        onPlanChange={(next) => changes.push(next)}
        lang="sv"
        unitCount={15}
        history={{ canUndo: true, canRedo: false, onUndo, onRedo: jest.fn() }}
      />,
    );
    const box = screen.getByRole('spinbutton', { name: 'Länsgemensamt, avsätts först' });
    act(() => {
      fireEvent.change(box, { target: { value: '1,2 Mkr' } });
      fireEvent.blur(box);
    });
    expect(changes.length).toBeGreaterThan(0);
    expect(readKnobs(defined(changes.at(-1), 'last change')).setAside).toBe(1_200_000);
    fireEvent.keyDown(box, { key: 'z', ctrlKey: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Gör om' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('slider', { name: 'Golv per mottagare, reglage' })).toBeTruthy();
  });

  it('returns round slider steps', () => {
    expect(sliderStep(15_711_504)).toBe(200_000);
    expect(sliderStep(80)).toBe(1);
  });
});
