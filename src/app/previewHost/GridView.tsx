import { mergeClasses } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { cellAddress } from '../../domain/a1/cellAddress';
import { columnLetter } from '../../domain/a1/columnLetter';
import { parseRangeAddress } from '../../domain/a1/parseRangeAddress';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';
import { type Lang } from '../../i18n/Lang';
import { useStrings } from '../../taskpane/StringsContext';
import { type Grid } from '../../workbook/Grid';
import { formatCellValue } from './formatCellValue';
import { inCols, spillsRight } from './gridCells';
import { GridRow } from './GridRow';
import { useGridStyles } from './gridStyles';

/** Rows and columns shown beyond the used range, so a sheet looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 8;
const ROW_HEAD_WIDTH = 44;
/** Column width from its longest value, about 7.5 px per character at 14 px, like Excel's autofit. */
const CHAR_PX = 7.5;
const COL_MIN = 72;
const COL_MAX = 260;

/** A read-only view of one sheet: column letters, row numbers, values in sv-SE, the selection highlighted. */
export function GridView(props: {
  book: PreviewWorkbook;
  sheet: string;
  selection: string | null;
  version: number;
}) {
  const { t, lang } = useStrings();
  const styles = useGridStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const grid = props.book.peekSheet(props.sheet);
  const range = props.selection === null ? undefined : parseRangeAddress(props.selection);
  const { rows, cols } = extent(grid);
  const widths = columnWidths(grid, cols, lang);

  // Bring the selected cell into view when the task pane selects it (e.g. a finding on row 25).
  useEffect(() => {
    if (!range) return;
    const cell = scrollRef.current?.querySelector(
      `[data-cell="${cellAddress(range.startRow, range.startCol)}"]`,
    );
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [range?.startRow, range?.startCol, props.sheet]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={t('preview.grid', { sheet: props.sheet })}
    >
      <table
        className={styles.table}
        style={{ width: ROW_HEAD_WIDTH + widths.reduce((a, b) => a + b, 0) }}
        aria-label={t('preview.grid', { sheet: props.sheet })}
      >
        <colgroup>
          <col style={{ width: ROW_HEAD_WIDTH }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.colHead, styles.corner)} aria-hidden="true" />
            {Array.from({ length: cols }, (_, c) => (
              <th
                key={c}
                scope="col"
                className={mergeClasses(styles.colHead, inCols(range, c) && styles.headSelected)}
              >
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <GridRow key={r} {...props} grid={grid} row={r} cols={cols} range={range} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Widths that fit each column's values; text that spills into empty neighbours (titles) does not count. */
function columnWidths(grid: Grid | undefined, cols: number, lang: Lang): number[] {
  const widths = Array.from({ length: cols }, () => COL_MIN);
  for (let r = 0; r < (grid?.rowCount ?? 0); r++)
    for (let c = 0; grid && c < grid.colCount; c++) {
      const col = grid.origin.col + c;
      if (col >= cols || spillsRight(grid, grid.origin.row + r, col)) continue;
      const chars = formatCellValue(grid.cell(r, c), lang).length;
      widths[col] = Math.min(COL_MAX, Math.max(widths[col] ?? COL_MIN, Math.round(chars * CHAR_PX + 20)));
    }
  return widths;
}

function extent(grid: Grid | undefined): { rows: number; cols: number } {
  if (!grid || grid.rowCount === 0) return { rows: MIN_ROWS, cols: MIN_COLS };
  return {
    rows: Math.max(MIN_ROWS, grid.origin.row + grid.rowCount + 3),
    cols: Math.max(MIN_COLS, grid.origin.col + grid.colCount + 1),
  };
}
