import { type SheetInfo } from '../../port/WorkbookPort';

/**
 * Whether two sheet lists name the same sheets in the same order, visible and output alike: when they do, a
 * sheet event was only a tab being activated, and nothing needs to be read again.
 * @example sameSheetList([{ name: 'A', visible: true, isOutput: false }], [{ name: 'A', visible: true, isOutput: false }]) //=> true
 */
export function sameSheetList(a: readonly SheetInfo[], b: readonly SheetInfo[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i];
      return t !== undefined && s.name === t.name && s.visible === t.visible && s.isOutput === t.isOutput;
    })
  );
}
