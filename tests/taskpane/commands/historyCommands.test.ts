import {
  historyShortcut,
  runHistoryShortcut,
  type HistoryAction,
  type ShortcutKeys,
} from '../../../src/taskpane/commands/historyCommands';

const press = (key: string, mods: Partial<Omit<ShortcutKeys, 'key'>> = {}): ShortcutKeys => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyShortcut', () => {
  it('returns undo for Ctrl+Z and Cmd+Z', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
  });

  it('returns redo for Ctrl+Y, Cmd+Y, Ctrl+Shift+Z and Cmd+Shift+Z', () => {
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { metaKey: true }))).toBe('redo');
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  describe('edge cases', () => {
    it('returns undefined without Ctrl or Cmd', () => {
      expect(historyShortcut(press('z'))).toBeUndefined();
      expect(historyShortcut(press('y', { shiftKey: true }))).toBeUndefined();
    });

    it('returns undefined with Alt (AltGr on Windows is Ctrl+Alt)', () => {
      expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
    });

    it('returns undefined for other keys', () => {
      expect(historyShortcut(press('c', { ctrlKey: true }))).toBeUndefined();
    });
  });

  describe('runHistoryShortcut', () => {
    const event = (keys: ShortcutKeys, defaultPrevented = false) => {
      const prevented: boolean[] = [];
      return { ...keys, defaultPrevented, preventDefault: () => prevented.push(true), prevented };
    };

    it('dispatches undo for Ctrl+Z and claims the key press when undo is possible', () => {
      const sent: HistoryAction[] = [];
      const e = event(press('z', { ctrlKey: true }));
      expect(runHistoryShortcut(e, (a) => sent.push(a), { canUndo: true, canRedo: false })).toBe(true);
      expect(sent).toEqual([{ type: 'undo' }]);
      expect(e.prevented).toEqual([true]);
    });

    it('leaves the key press alone when the command cannot run or an inner handler took it', () => {
      const sent: HistoryAction[] = [];
      const nothingToRedo = event(press('y', { ctrlKey: true }));
      expect(runHistoryShortcut(nothingToRedo, (a) => sent.push(a), { canUndo: true, canRedo: false })).toBe(
        false,
      );
      expect(nothingToRedo.prevented).toEqual([]);
      const taken = event(press('z', { ctrlKey: true }), true);
      expect(runHistoryShortcut(taken, (a) => sent.push(a), { canUndo: true, canRedo: true })).toBe(false);
      expect(sent).toEqual([]);
    });
  });
});
