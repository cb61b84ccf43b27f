import { MESSAGES } from '../findings/messages';
import { cellAddressIn } from '../table/cellAddressIn';
import { type Finding } from '../findings/Finding';
import { fromNumber } from '../money/fromNumber';
import { mul, sub } from '../money/arithmetic';
import { type Rational } from '../money/Rational';
import { toNumber } from '../money/toNumber';
import { type Plan } from '../plan/planSchema';
import { type TableModel } from '../table/TableModel';
import { normalizeLabel } from '../units/normalizeLabel';
import { exactSum } from './tableFacts';

/**
 * frame-mismatch: for each pot whose frame is known (an amount in the plan, or a cell the adapter resolved into
 * `frames`), the table's stated amounts for that pot — the amount/total column headed like the pot's name — must add
 * up to the frame. Delta = stated − frame, in kronor (the column's tkr/mnkr scale applied).
 * @example checkFrame(dalarna, planWithPot('Ers per kommun', 15711500))[0].delta //=> 4
 */
export function checkFrame(
  table: TableModel,
  plan: Plan,
  frames: Readonly<Record<string, Rational>> = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const pot of plan.pots) {
    const frame = pot.frame.amount ?? frames[pot.id];
    const i = table.columns.findIndex(
      (c) =>
        (c.role === 'amount' || c.role === 'total') && normalizeLabel(c.header) === normalizeLabel(pot.name),
    );
    const column = table.columns[i];
    if (!frame || !column) continue;
    const cells = table.rows.flatMap((r) => {
      const c = r.cells[i];
      return c?.number === undefined ? [] : [{ row: r, number: c.number }];
    });
    // A column with an error or a blank among the units says nothing reliable about the pot's sum.
    if (cells.length < table.rows.length) continue;
    const [firstCell] = cells;
    const lastCell = cells.at(-1);
    if (!firstCell || !lastCell) continue;
    const stated = mul(exactSum(cells.map((c) => c.number)), fromNumber(column.scale ?? 1));
    const delta = sub(stated, frame);
    if (delta.num === 0n) continue;
    const first = cellAddressIn(table, firstCell.row, i);
    const last = cellAddressIn(table, lastCell.row, i);
    const range = first === last ? first : `${first}:${last}`;
    const p = {
      pot: pot.name,
      range,
      stated: toNumber(stated),
      frame: toNumber(frame),
      delta: toNumber(delta),
    };
    findings.push({
      code: 'frame-mismatch',
      severity: 'error',
      sheet: table.sheet,
      cells: [range, ...(table.totalRow?.cells[i] ? [cellAddressIn(table, table.totalRow, i)] : [])],
      column: column.header,
      stated: p.stated,
      computed: p.frame,
      delta: p.delta,
      message: MESSAGES.frameMismatch(p),
    });
  }
  return findings;
}
