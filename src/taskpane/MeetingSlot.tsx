import { useCallback, useMemo } from 'react';
import { useHost } from './HostContext';
import { MeetingMode } from './meeting/MeetingMode';
import { type PresentationCommand, type PresentationSnapshot } from './meeting/presentationProtocol';
import { usePresentationWindow } from './meeting/usePresentationWindow';
import { type SessionValue } from './SessionContext';

/** The meeting tools (presentation mode, what-if, chart, copy for memo) fed from the session. */
export function MeetingSlot({ session, lang }: { session: SessionValue; lang: 'sv' | 'en' }) {
  const { active, activeResult, compare, compareResult, dispatch, table } = session;
  const host = useHost();
  const allocation = activeResult.allocation;
  const compareAllocation = compare ? compareResult?.allocation : undefined;
  const scenarios = session.state.scenarios;
  const { activeId, compareId } = session.state;
  const sheet = table?.sheet;
  const range = table?.range;
  // The presentation window shows this snapshot; the pane stays the one place that holds and saves the session.
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
      ...(sheet !== undefined ? { source: { sheet, range } } : {}),
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
  const presentationWindow = usePresentationWindow(host, snapshot, onCommand);
  return (
    <MeetingMode
      lang={lang}
      plan={active.plan}
      {...(allocation ? { allocation } : {})}
      {...(compare && compareAllocation ? { compare: compareAllocation, compareName: compare.name } : {})}
      onPlanChange={(plan, coalesce) =>
        dispatch({ type: 'edit-plan', plan, ...(coalesce === undefined ? {} : { coalesce }) })
      }
      history={{
        canUndo: session.canUndo,
        canRedo: session.canRedo,
        onUndo: session.undo,
        onRedo: session.redo,
      }}
      {...(table ? { source: { sheet: table.sheet, range: table.range } } : {})}
      canDownload={host.canDownload}
      {...(presentationWindow ? { presentationWindow } : {})}
      presentInWindow={host.presentInWindow === true}
    />
  );
}
