import { useCallback } from 'react';
import { type CommandCall } from '../commands/registry';
import { useSessionDispatch } from '../SessionContext';

/**
 * Dispatches plan commands on the active scenario. With `coalesce`, a run of commands with that key (typing in
 * one field, editing one step) is one undo step.
 */
export function usePlanCommand(): (call: CommandCall, coalesce?: string) => void {
  const dispatch = useSessionDispatch();
  return useCallback(
    (call: CommandCall, coalesce?: string) =>
      dispatch({ type: 'command', ...call, ...(coalesce === undefined ? {} : { coalesce }) }),
    [dispatch],
  );
}
