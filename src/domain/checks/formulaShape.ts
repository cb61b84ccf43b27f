import { columnIndex } from '../a1/columnIndex';

// The lead group stands in for a lookbehind, which Safari < 16.4 (older Mac webviews) cannot compile.
const A1_REF = /(^|[^A-Za-z0-9_.!])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * A formula in relative R1C1 form, as Excel compares formulas when it flags "inconsistent formula": the same shape
 * for every row of a well-built column.
 * @example formulaShape('=ROUND(B7*$C$2,0)', 6, 3) //=> '=ROUND(RC[-2]*R2C3,0)'
 */
export function formulaShape(formula: string, row: number, col: number): string {
  // String literals may contain things that look like references; keep them verbatim.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            A1_REF,
            (_m, lead: string, absC: string, letters: string, absR: string, digits: string) => {
              const r = Number(digits) - 1;
              const c = columnIndex(letters);
              const rs = absR ? `R${r + 1}` : r === row ? 'R' : `R[${r - row}]`;
              const cs = absC ? `C${c + 1}` : c === col ? 'C' : `C[${c - col}]`;
              return lead + rs + cs;
            },
          ),
    )
    .join('');
}
