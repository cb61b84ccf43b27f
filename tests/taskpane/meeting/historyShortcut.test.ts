import { historyShortcut, type ShortcutKeys } from '../../../src/taskpane/meeting/historyShortcut';

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
});
