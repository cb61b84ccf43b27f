/** The keys of a keyboard event that decide an undo/redo shortcut. */
export interface ShortcutKeys {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Which history command a key press asks for: Ctrl+Z / Cmd+Z undo; Ctrl+Y, Cmd+Y and Ctrl/Cmd+Shift+Z redo
 * (Windows and Mac habits both work). Undefined for any other key or with Alt held (AltGr types characters).
 * @example historyShortcut({ key: 'z', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }) //=> 'undo'
 */
export function historyShortcut(e: ShortcutKeys): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
