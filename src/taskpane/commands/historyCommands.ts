/** The keys of a keyboard event that decide an undo/redo shortcut. */
export interface ShortcutKeys {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** A key press a shortcut may claim. */
export interface ShortcutEvent extends ShortcutKeys {
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/** Undo or redo, as the session reducer receives it. */
export interface HistoryAction {
  readonly type: 'undo' | 'redo';
}

/** Which history steps are possible now. */
export interface HistoryAvailability {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** A history command: its name, the keys that run it and whether it can run. */
export interface HistoryCommand {
  readonly name: HistoryAction['type'];
  readonly keyTest: (keys: ShortcutKeys) => boolean;
  readonly enabled: (history: HistoryAvailability) => boolean;
}

// Ctrl on Windows, Cmd on a Mac; Alt held means AltGr typing a character, never a shortcut.
const withCommandKey = (e: ShortcutKeys) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** The two history commands: Ctrl/Cmd+Z undo; Ctrl/Cmd+Y and Ctrl/Cmd+Shift+Z redo (Windows and Mac habits). */
export const historyCommands: readonly HistoryCommand[] = [
  {
    name: 'undo',
    keyTest: (e) => withCommandKey(e) && e.key.toLowerCase() === 'z' && !e.shiftKey,
    enabled: (h) => h.canUndo,
  },
  {
    name: 'redo',
    keyTest: (e) => {
      const k = e.key.toLowerCase();
      return withCommandKey(e) && ((k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey));
    },
    enabled: (h) => h.canRedo,
  },
];

/**
 * Which history command a key press asks for, or undefined for any other key.
 * @example historyShortcut({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }) //=> 'undo'
 */
export function historyShortcut(e: ShortcutKeys): HistoryAction['type'] | undefined {
  return historyCommands.find((c) => c.keyTest(e))?.name;
}

/**
 * The one keyboard handler for undo/redo: when the press is a history shortcut that can run now (and no inner
 * handler took it), claims the event and dispatches the command. Returns whether it did.
 * @example runHistoryShortcut(ctrlZ, dispatch, { canUndo: true, canRedo: false }) //=> true (dispatched { type: 'undo' })
 */
export function runHistoryShortcut(
  event: ShortcutEvent,
  dispatch: (action: HistoryAction) => void,
  history: HistoryAvailability,
): boolean {
  if (event.defaultPrevented) return false;
  const command = historyCommands.find((c) => c.keyTest(event));
  if (!command?.enabled(history)) return false;
  event.preventDefault();
  dispatch({ type: command.name });
  return true;
}
