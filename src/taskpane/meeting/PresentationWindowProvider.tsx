import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useHost } from '../HostContext';
import { useSession } from '../SessionContext';
import { useStrings } from '../StringsContext';
import { type PresentationCommand, type PresentationSnapshot } from './presentationProtocol';
import { usePresentationWindow, type PresentationWindowControl } from './usePresentationWindow';

const PresentationWindowContext = createContext<PresentationWindowControl | undefined>(undefined);

/**
 * Holds the presentation window for the whole pane (not only the Förhandsgranska step), so the window stays open and
 * live while the user edits the plan in another step. The snapshot comes from the session; the window's commands go
 * back into it.
 */
export function PresentationWindowProvider(props: { children: ReactNode }) {
  const session = useSession();
  const host = useHost();
  const { active, activeResult, compare, compareResult, dispatch, table } = session;
  const { activeId, compareId, scenarios } = session.state;
  const allocation = activeResult.allocation;
  const compareAllocation = compare ? compareResult?.allocation : undefined;
  const sheet = table?.sheet;
  const range = table?.range;
  const { lang } = useStrings();
  const snapshot = useMemo<PresentationSnapshot>(
    () => ({
      lang,
      plan: active.plan,
      ...(allocation ? { allocation } : {}),
      ...(compare && compareAllocation ? { compare: compareAllocation, compareName: compare.name } : {}),
      canUndo: session.canUndo,
      canRedo: session.canRedo,
      scenarios: scenarios.map((s) => ({ id: s.id, name: s.name })),
      activeId: active.id,
      ...(sheet !== undefined ? { source: range === undefined ? { sheet } : { sheet, range } } : {}),
    }),
    [
      lang,
      active,
      allocation,
      compare,
      compareAllocation,
      session.canUndo,
      session.canRedo,
      scenarios,
      sheet,
      range,
    ],
  );
  const onCommand = useCallback(
    (command: PresentationCommand) => {
      if (command.kind === 'edit-plan')
        dispatch({
          type: 'edit-plan',
          plan: command.plan,
          ...(command.coalesce === undefined ? {} : { coalesce: command.coalesce }),
        });
      else if (command.kind === 'switch-scenario') {
        dispatch({ type: 'set-active', scenarioId: command.scenarioId });
        // Switching to the compared scenario swaps the two, so the Δ column stays on screen.
        if (command.scenarioId === compareId) dispatch({ type: 'set-compare', scenarioId: activeId });
      } else dispatch({ type: command.kind });
    },
    [dispatch, activeId, compareId],
  );
  const control = usePresentationWindow(host, snapshot, onCommand);
  return (
    <PresentationWindowContext.Provider value={control}>{props.children}</PresentationWindowContext.Provider>
  );
}

/** The pane's presentation window, or undefined when the host has none (or no provider is above). */
export function usePresentationWindowControl(): PresentationWindowControl | undefined {
  return useContext(PresentationWindowContext);
}
