// What a user would use instead of Länsnyckel, on the same inputs: dinero.js v2 `allocate`, and the
// spreadsheet way (largest remainder in helper-column formulas, or ROUND per cell) evaluated by HyperFormula.
import { allocate, dinero, toSnapshot } from 'dinero.js';
import { SEK } from 'dinero.js/currencies';
import { HyperFormula } from 'hyperformula';

/** dinero.js v2: remainder goes to the largest ratio, not the largest remainder. Amounts in whole kronor. */
export function allocateWithDinero(total: number, keys: readonly number[]): number[] {
  // A currency with exponent 0 makes dinero's minor unit one krona, so results are whole kronor.
  const kronor = dinero({ amount: total, currency: { ...SEK, exponent: 0 } });
  return allocate(
    kronor,
    keys.map((k) => Math.round(k)),
  ).map((d) => toSnapshot(d).amount);
}

/** Builds the largest-remainder helper-column sheet a careful analyst would write, and evaluates it. */
export function allocateWithSpreadsheetLargestRemainder(total: number, keys: readonly number[]): number[] {
  const n = keys.length;
  const last = n + 1;
  // A: key, B: exact, C: INT, D: fraction, E: rank (COUNTIFS tie-break on row), F: amount
  const rows: (number | string)[][] = [[total, '', '', '', '', '']];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    rows.push([
      keys[i] ?? 0,
      `=$A$1*A${r}/SUM($A$2:$A$${last})`,
      `=INT(B${r})`,
      `=B${r}-C${r}`,
      `=COUNTIF($D$2:$D$${last},">"&D${r})+COUNTIFS($D$2:$D$${r},D${r})`,
      `=C${r}+IF(E${r}<=$A$1-SUM($C$2:$C$${last}),1,0)`,
    ]);
  }
  return evaluateColumn(rows, 5, n);
}

/** The common sheet: ROUND each exact share to whole kronor (the sum then drifts). */
export function allocateWithSpreadsheetRound(total: number, keys: readonly number[]): number[] {
  const n = keys.length;
  const rows: (number | string)[][] = [[total, '']];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    rows.push([keys[i] ?? 0, `=ROUND($A$1*A${r}/SUM($A$2:$A$${n + 1}),0)`]);
  }
  return evaluateColumn(rows, 1, n);
}

function evaluateColumn(rows: (number | string)[][], col: number, n: number): number[] {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
  try {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = hf.getCellValue({ sheet: 0, row: i + 1, col });
      if (typeof v !== 'number') throw new Error(`spreadsheet cell row ${i + 2} gave ${JSON.stringify(v)}`);
      out.push(v);
    }
    return out;
  } finally {
    hf.destroy();
  }
}
