import { mergeClasses } from '@fluentui/react-components';
import { cellAddress } from '../../domain/a1/cellAddress';
import { type CellRect } from '../../domain/a1/CellRect';
import { previewErrorMessage } from '../../preview/evaluatePreviewFormulas';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';
import { useStrings } from '../../taskpane/StringsContext';
import { type Grid } from '../../workbook/Grid';
import { formatCellValue } from './formatCellValue';
import { cellAt, inCols, inRows, spillsRight } from './gridCells';
import { useGridStyles } from './gridStyles';

/** One sheet row: its number, then each cell's value in sv-SE (text spills over empty neighbours, as in Excel). */
export function GridRow(props: {
  book: PreviewWorkbook;
  sheet: string;
  grid: Grid | undefined;
  row: number;
  cols: number;
  range: CellRect | undefined;
}) {
  const { lang } = useStrings();
  const styles = useGridStyles();
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
