import { useHost } from './HostContext';
import { MeetingMode } from './meeting/MeetingMode';
import { usePresentationWindowControl } from './meeting/PresentationWindowProvider';
import { type SessionValue } from './SessionContext';

/** The meeting tools (presentation mode, what-if, chart, copy for memo) fed from the session. */
export function MeetingSlot({ session }: { session: SessionValue }) {
  const { active, activeResult, compare, diff, dispatch, table } = session;
  const host = useHost();
  // The window itself lives above the steps (PresentationWindowProvider), so it survives a step change.
  const presentationWindow = usePresentationWindowControl();
  return (
    <MeetingMode
      plan={active.plan}
      {...(activeResult.allocation ? { allocation: activeResult.allocation } : {})}
      {...(compare && diff ? { diff, compareName: compare.name } : {})}
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
