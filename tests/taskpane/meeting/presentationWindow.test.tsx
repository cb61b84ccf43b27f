import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { type ReactNode } from 'react';
import { type PlanJson } from '../../../src/domain/plan/planSchema';
import { populationPerKommunPlan } from '../../../src/domain/presets/populationPerKommunPlan';
import {
  type HostCapabilities,
  type PresentationEvents,
  type PresentationOpenResult,
} from '../../../src/port/HostCapabilities';
import { MeetingMode } from '../../../src/taskpane/meeting/MeetingMode';
import {
  decodePaneMessage,
  decodeWindowMessage,
  encodePaneMessage,
  encodeWindowMessage,
  type PresentationSnapshot,
} from '../../../src/taskpane/meeting/presentationProtocol';
import {
  type PresentationChannel,
  PresentationWindow,
} from '../../../src/taskpane/meeting/PresentationWindow';
import { usePresentationWindow } from '../../../src/taskpane/meeting/usePresentationWindow';
import { buildAllocation, units } from '../../helpers/allocationBuilder';
import { defined } from '../../helpers/defined';

const NBSP = '\u00A0';
const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const UNITS = units([
  ['0604', 'Aneby'],
  ['0680', 'Jönköping'],
  ['0662', 'Gislaved'],
]);
// 1 000 000 kr by 1 : 6 : 3.
const a = buildAllocation({
  planName: 'A',
  units: UNITS,
  pots: [{ name: 'P', frame: 1_000_000n, keys: [1n, 6n, 3n] }],
});
// 1 200 000 kr by 1 : 6 : 3 → 120 000 / 720 000 / 360 000 kr.
const b = buildAllocation({
  planName: 'B',
  units: UNITS,
  pots: [{ name: 'P', frame: 1_200_000n, keys: [1n, 6n, 3n] }],
});
const plan = populationPerKommunPlan('1000000', 'A') as PlanJson;

function snapshot(extra: Partial<PresentationSnapshot> = {}): PresentationSnapshot {
  return {
    lang: 'sv',
    plan,
    allocation: a,
    canUndo: false,
    canRedo: false,
    scenarios: [{ id: 'a', name: 'Scenario A' }],
    activeId: 'a',
    ...extra,
  };
}

/** A host whose window is a recorder: what the pane sent, and the events to play the window's side. */
function fakeHost(result: 'ok' | PresentationOpenResult = 'ok') {
  const sent: string[] = [];
  const closed = { count: 0 };
  let events: PresentationEvents | undefined;
  const host: HostCapabilities = {
    platform: 'windows',
    canDownload: true,
    presentInWindow: true,
    openPresentation: (e) => {
      events = e;
      return Promise.resolve(
        result === 'ok'
          ? { ok: true, link: { send: (text) => sent.push(text), close: () => (closed.count += 1) } }
          : result,
      );
    },
  };
  return { host, sent, closed, events: () => defined(events, 'the window events') };
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe('usePresentationWindow', () => {
  it('sends the snapshot once the window is ready, and every new one after', async () => {
    const fake = fakeHost();
    const onCommand = jest.fn();
    const { result, rerender } = renderHook(
      ({ s }: { s: PresentationSnapshot }) => usePresentationWindow(fake.host, s, onCommand),
      { initialProps: { s: snapshot() } },
    );
    await act(async () => expect(await defined(result.current, 'window control').open()).toBe(true));
    expect(defined(result.current, 'window control').status).toBe('open');
    // Nothing before `ready`: the window would not be listening yet.
    expect(fake.sent).toEqual([]);
    act(() => fake.events().onMessage(encodeWindowMessage({ v: 1, type: 'ready' })));
    expect(fake.sent).toHaveLength(1);
    expect(
      defined(defined(decodePaneMessage(fake.sent[0]), 'first snapshot').snapshot.allocation, 'allocation')
        .planName,
    ).toBe('A');
    rerender({ s: snapshot({ allocation: b, canUndo: true }) });
    expect(fake.sent).toHaveLength(2);
    const second = defined(decodePaneMessage(fake.sent[1]), 'second snapshot').snapshot;
    expect(defined(second.allocation, 'allocation').totals.map((t) => t.num)).toEqual([
      120_000n,
      720_000n,
      360_000n,
    ]);
    expect(second.canUndo).toBe(true);
  });

  it('hands the window’s commands to the session and closes on `closed`', async () => {
    const fake = fakeHost();
    const onCommand = jest.fn();
    const { result } = renderHook(() => usePresentationWindow(fake.host, snapshot(), onCommand));
    await act(async () => void (await defined(result.current, 'window control').open()));
    act(() => {
      fake.events().onMessage(encodeWindowMessage({ v: 1, type: 'command', command: { kind: 'undo' } }));
      fake.events().onMessage('not a message');
    });
    expect(onCommand.mock.calls).toEqual([[{ kind: 'undo' }]]);
    act(() => fake.events().onMessage(encodeWindowMessage({ v: 1, type: 'closed' })));
    expect(fake.closed.count).toBe(1);
    expect(defined(result.current, 'window control').status).toBe('closed');
  });

  it('returns false with the Office code when the host blocks the dialog (12007: one already open)', async () => {
    const fake = fakeHost({ ok: false, reason: 'blocked', code: 12007 });
    const { result } = renderHook(() => usePresentationWindow(fake.host, snapshot(), jest.fn()));
    await act(async () => expect(await defined(result.current, 'window control').open()).toBe(false));
    expect(defined(result.current, 'window control').status).toBe('closed');
    expect(defined(result.current, 'window control').failure).toEqual({
      reason: 'blocked',
      code: 12007,
      message: undefined,
    });
  });

  it('returns undefined where the host has no window', () => {
    const { result } = renderHook(() =>
      usePresentationWindow({ platform: 'browser', canDownload: true }, snapshot(), jest.fn()),
    );
    expect(result.current).toBeUndefined();
  });
});

describe('MeetingMode with a presentation window', () => {
  function Harness(props: { host: HostCapabilities; onPlanChange?: () => void }) {
    const win = usePresentationWindow(props.host, snapshot(), jest.fn());
    return (
      <MeetingMode
        plan={plan}
        allocation={a}
        onPlanChange={props.onPlanChange ?? jest.fn()}
        {...(win ? { presentationWindow: win } : {})}
        presentInWindow={props.host.presentInWindow === true}
      />
    );
  }

  it('opens the window from "Presentationsläge" in Excel and shows a notice instead of the in-pane view', async () => {
    const fake = fakeHost();
    wrap(<Harness host={fake.host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Presentationsläge' }));
    await screen.findByTestId('presentation-window-open');
    expect(screen.queryByTestId('presentation-view')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stäng presentationsfönstret' }));
    expect(fake.closed.count).toBe(1);
    await waitFor(() => expect(screen.queryByTestId('presentation-window-open')).toBeNull());
  });

  it('falls back to the in-pane view, saying why, when the dialog is blocked (12009)', async () => {
    const fake = fakeHost({ ok: false, reason: 'blocked', code: 12009 });
    wrap(<Harness host={fake.host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Presentationsläge' }));
    await screen.findByTestId('presentation-view');
    expect(screen.getByText(/kunde inte öppnas \(12009\)/)).toBeTruthy();
  });

  it('keeps "Presentationsläge" in the pane in the preview and offers the window as a second button', async () => {
    const fake = fakeHost();
    wrap(<Harness host={{ ...fake.host, presentInWindow: false }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Öppna i eget fönster' }));
    await screen.findByTestId('presentation-window-open');
    fireEvent.click(screen.getByRole('button', { name: 'Stäng presentationsfönstret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Presentationsläge' }));
    expect(screen.getByTestId('presentation-view')).toBeTruthy();
  });
});

describe('PresentationWindow', () => {
  function fakeChannel() {
    const sent: string[] = [];
    let listener: ((text: string) => void) | undefined;
    const channel: PresentationChannel = {
      send: (text) => sent.push(text),
      subscribe: (onText) => {
        listener = onText;
        return () => (listener = undefined);
      },
    };
    return {
      channel,
      sent,
      deliver: (s: PresentationSnapshot) =>
        listener!(encodePaneMessage({ v: 1, type: 'state', snapshot: s })),
    };
  }

  it('says ready, waits, then shows the pane’s snapshot and follows the next one', () => {
    const fake = fakeChannel();
    wrap(<PresentationWindow channel={fake.channel} lang="sv" onLeave={jest.fn()} />);
    expect(fake.sent.map((t) => decodeWindowMessage(t))).toEqual([{ v: 1, type: 'ready' }]);
    expect(screen.getByRole('status').textContent).toBe('Väntar på aktivitetsfönstret …');
    act(() => fake.deliver(snapshot()));
    expect(screen.getByTestId('presentation-total').textContent).toBe(`1${NBSP}000${NBSP}000`);
    act(() => fake.deliver(snapshot({ allocation: b })));
    expect(screen.getByTestId('presentation-total').textContent).toBe(`1${NBSP}200${NBSP}000`);
  });

  it('sends undo, a what-if edit and a scenario switch to the pane instead of changing anything itself', () => {
    const fake = fakeChannel();
    wrap(<PresentationWindow channel={fake.channel} lang="sv" onLeave={jest.fn()} />);
    act(() =>
      fake.deliver(
        snapshot({
          canUndo: true,
          scenarios: [
            { id: 'a', name: 'Scenario A' },
            { id: 'b', name: 'Scenario B' },
          ],
        }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }));
    const box = screen.getByRole('spinbutton', { name: 'Golv per mottagare' });
    fireEvent.change(box, { target: { value: '300000' } });
    fireEvent.blur(box);
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), { target: { value: 'b' } });
    const commands = fake.sent.slice(1).map((t) => decodeWindowMessage(t));
    expect(commands[0]).toEqual({ v: 1, type: 'command', command: { kind: 'undo' } });
    const edit = commands.find((c) => c?.type === 'command' && c.command.kind === 'edit-plan');
    expect(
      edit?.type === 'command' &&
        edit.command.kind === 'edit-plan' &&
        edit.command.plan.pots[0]?.steps.at(-1),
    ).toEqual({
      kind: 'limits',
      floor: '300000',
    });
    expect(commands.at(-1)).toEqual({
      v: 1,
      type: 'command',
      command: { kind: 'switch-scenario', scenarioId: 'b' },
    });
    // The view still shows the pane's numbers: only a new snapshot changes them.
    expect(screen.getByTestId('presentation-total').textContent).toBe(`1${NBSP}000${NBSP}000`);
  });

  it('tells the pane it closed and leaves on "Avsluta presentationen"', () => {
    const fake = fakeChannel();
    const onLeave = jest.fn();
    wrap(<PresentationWindow channel={fake.channel} lang="sv" onLeave={onLeave} />);
    act(() => fake.deliver(snapshot()));
    fireEvent.click(screen.getByRole('button', { name: 'Avsluta presentationen' }));
    expect(decodeWindowMessage(fake.sent.at(-1))).toEqual({ v: 1, type: 'closed' });
    expect(onLeave).toHaveBeenCalledTimes(1);
  });
});
