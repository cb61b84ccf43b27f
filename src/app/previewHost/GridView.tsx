import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { cellAddress } from '../../domain/a1/cellAddress';
import { type CellRect } from '../../domain/a1/CellRect';
import { columnLetter } from '../../domain/a1/columnLetter';
import { parseRangeAddress } from '../../domain/a1/parseRangeAddress';
import { previewErrorMessage } from '../../preview/evaluatePreviewFormulas';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';
import { type Lang } from '../../i18n/Lang';
import { useStrings } from '../../taskpane/StringsContext';
import { EMPTY_CELL, type Cell, type Grid } from '../../workbook/Grid';
import { formatCellValue } from './formatCellValue';

/** Rows and columns shown beyond the used range, so a sheet looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 8;
const ROW_HEAD_WIDTH = 44;
/** Column width from its longest value, about 7.5 px per character at 14 px, like Excel's autofit. */
const CHAR_PX = 7.5;
const COL_MIN = 72;
const COL_MAX = 260;

const useStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground1,
  },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    height: '24px',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 4 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    textAlign: 'center',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headSelected: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  cell: {
    height: '24px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  spill: { overflow: 'visible', position: 'relative' },
  spillText: {
    position: 'relative',
    zIndex: 1,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { textAlign: 'center', color: tokens.colorPaletteRedForeground1 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  anchor: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** A read-only view of one sheet: column letters, row numbers, values in sv-SE, the selection highlighted. */
export function GridView(props: {
  book: PreviewWorkbook;
  sheet: string;
  selection: string | null;
  version: number;
}) {
  const { t, lang } = useStrings();
  const styles = useStyles();
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

/** One sheet row: its number, then each cell's value in sv-SE (text spills over empty neighbours, as in Excel). */
function GridRow(props: {
  book: PreviewWorkbook;
  sheet: string;
  grid: Grid | undefined;
  row: number;
  cols: number;
  range: CellRect | undefined;
}) {
  const { lang } = useStrings();
  const styles = useStyles();
  const { grid, row: r, range } = props;
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.rowHead, inRows(range, r) && styles.headSelected)}>
        {r + 1}
      </th>
      {Array.from({ length: props.cols }, (_, c) => {
        const cell = cellAt(grid, r, c);
        const a1 = cellAddress(r, c);
        const selected = inRows(range, r) && inCols(range, c);
        const spills = spillsRight(grid, r, c);
        const text = formatCellValue(cell, lang);
        return (
          <td
            key={c}
            data-cell={a1}
            title={previewErrorMessage(cell) ?? cell.formula ?? (spills ? undefined : text || undefined)}
            data-selected={selected || undefined}
            onMouseDown={() => void props.book.selectRange(props.sheet, a1)}
            className={mergeClasses(
              styles.cell,
              spills && styles.spill,
              cell.value.kind === 'number' && styles.number,
              cell.value.kind === 'error' && styles.error,
              props.book.isBold(props.sheet, a1) && styles.bold,
              selected && styles.selected,
              range && range.startRow === r && range.startCol === c && styles.anchor,
            )}
          >
            {spills ? <span className={styles.spillText}>{text}</span> : text}
          </td>
        );
      })}
    </tr>
  );
}

/** Widths that fit each column's values; text that spills into empty neighbours (titles) does not count. */
function columnWidths(grid: Grid | undefined, cols: number, lang: Lang): number[] {
  const widths = Array.from({ length: cols }, () => COL_MIN);
  grid?.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const col = grid.origin.col + c;
      if (col >= cols || spillsRight(grid, grid.origin.row + r, col)) return;
      const chars = formatCellValue(cell, lang).length;
      widths[col] = Math.min(COL_MAX, Math.max(widths[col] ?? COL_MIN, Math.round(chars * CHAR_PX + 20)));
    }),
  );
  return widths;
}

/** Text runs on over empty cells to its right, as in Excel. */
function spillsRight(grid: Grid | undefined, row: number, col: number): boolean {
  const cell = cellAt(grid, row, col);
  return cell.value.kind === 'text' && cellAt(grid, row, col + 1).value.kind === 'empty';
}

function extent(grid: Grid | undefined): { rows: number; cols: number } {
  if (!grid || grid.cells.length === 0) return { rows: MIN_ROWS, cols: MIN_COLS };
  return {
    rows: Math.max(MIN_ROWS, grid.origin.row + grid.cells.length + 3),
    cols: Math.max(MIN_COLS, grid.origin.col + (grid.cells[0]?.length ?? 0) + 1),
  };
}

function cellAt(grid: Grid | undefined, row: number, col: number): Cell {
  if (!grid) return EMPTY_CELL;
  return grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? EMPTY_CELL;
}

function inRows(range: CellRect | undefined, row: number): boolean {
  return !!range && row >= range.startRow && row <= range.endRow;
}

function inCols(range: CellRect | undefined, col: number): boolean {
  return !!range && col >= range.startCol && col <= range.endCol;
}
