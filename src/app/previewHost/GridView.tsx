import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { columnLetter, parseRange, toA1, type CellRange } from '../../preview/a1';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';
import { useStrings } from '../../taskpane/StringsContext';
import { EMPTY_CELL, type Cell, type Grid } from '../../workbook/Grid';
import { formatCellValue } from './formatCellValue';

/** Rows and columns shown beyond the used range, so a sheet looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 8;

const useStyles = makeStyles({
  scroll: {
    flexGrow: 1,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground1,
  },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    minWidth: '88px',
    height: '24px',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { left: 0, zIndex: 3, minWidth: '44px' },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    minWidth: '44px',
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
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
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
  const range = props.selection === null ? undefined : parseRange(props.selection);
  const { rows, cols } = extent(grid);

  // Bring the selected cell into view when the task pane selects it (e.g. a finding on row 25).
  useEffect(() => {
    if (!range) return;
    const cell = scrollRef.current?.querySelector(`[data-cell="${toA1(range.start)}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [range?.start.row, range?.start.col, props.sheet]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={t('preview.grid', { sheet: props.sheet })}
    >
      <table className={styles.table} aria-label={t('preview.grid', { sheet: props.sheet })}>
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
            <tr key={r}>
              <th
                scope="row"
                className={mergeClasses(styles.rowHead, inRows(range, r) && styles.headSelected)}
              >
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const cell = cellAt(grid, r, c);
                const a1 = toA1({ row: r, col: c });
                const selected = inRows(range, r) && inCols(range, c);
                return (
                  <td
                    key={c}
                    data-cell={a1}
                    title={cell.formula}
                    aria-selected={selected || undefined}
                    onMouseDown={() => void props.book.selectRange(props.sheet, a1)}
                    className={mergeClasses(
                      styles.cell,
                      cell.value.kind === 'number' && styles.number,
                      cell.value.kind === 'error' && styles.error,
                      props.book.isBold(props.sheet, a1) && styles.bold,
                      selected && styles.selected,
                      range && range.start.row === r && range.start.col === c && styles.anchor,
                    )}
                  >
                    {formatCellValue(cell, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
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

function inRows(range: CellRange | undefined, row: number): boolean {
  return !!range && row >= range.start.row && row <= range.end.row;
}

function inCols(range: CellRange | undefined, col: number): boolean {
  return !!range && col >= range.start.col && col <= range.end.col;
}
