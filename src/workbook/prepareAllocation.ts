import { defined } from '../domain/errors';
import { cellAddressIn } from '../domain/table/cellAddressIn';
import { type AllocationUnit } from '../domain/allocation/Allocation';
import { checkAllocationInput } from '../domain/checks/checkAllocationInput';
import { checkFrame } from '../domain/checks/checkFrame';
import { type Finding, type LocalizedText } from '../domain/findings/Finding';
import { PROBLEM_MESSAGES } from '../domain/findings/problemMessages';
import { fromNumber } from '../domain/money/fromNumber';
import { type Rational } from '../domain/money/Rational';
import { type IndicatorValues } from '../domain/plan/IndicatorValues';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { type PlanInputs, planInputsFromTable } from './planInputsFromTable';

/** Something the user is told about an allocation input: why it is refused, or what to know when it is not. */
export interface AllocationNote {
  readonly code: string;
  /** Sheet-local A1 addresses, most relevant first (may be empty). */
  readonly cells: readonly string[];
  readonly message: LocalizedText;
}

/** Options of {@link prepareAllocation}. */
export interface PrepareAllocationOptions {
  /** Merged areas of the table's sheet (A1), as the reader reports them. */
  readonly merged?: readonly string[];
  /** Plan indicator id → column (letter or header) the user chose. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Reads one cell ("B25" on the table's sheet, or "Blad2!B25") for frames given as a cell. */
  readonly readCell?: (ref: string) => number | undefined;
}

/** The engine's inputs, ready for allocatePlan, or every reason nothing may be allocated. */
export type PreparedAllocation =
  | {
      readonly ok: true;
      readonly inputs: PlanInputs;
      readonly units: readonly AllocationUnit[];
      readonly indicators: IndicatorValues;
      /** Pot id → frame read from its cell; pass to allocatePlan as `frames`. */
      readonly frames: Readonly<Record<string, Rational>>;
      /** Allocate, but tell the user: hidden rows, unknown labels, reference population, frame mismatches. */
      readonly notes: readonly AllocationNote[];
      /** Plan-dependent findings (frame-mismatch), for the Kontroller sheet. */
      readonly findings: readonly Finding[];
    }
  | {
      readonly ok: false;
      readonly inputs: PlanInputs;
      /** Blocking problems first (duplicates, merged rows, bad keys), then missing columns/values. */
      readonly problems: readonly AllocationNote[];
      readonly notes: readonly AllocationNote[];
    };

/**
 * The one step both adapters (CLI and task pane) take between a table and allocatePlan: read the plan's inputs
 * from the table, refuse what would allocate wrongly (checkAllocationInput: duplicate units, merged rows, blank,
 * text, negative or all-zero keys), resolve frames given as a cell, and collect what the user should know.
 * @example prepareAllocation(tableWithMoraTwice, plan, registry).ok //=> false
 */
export function prepareAllocation(
  table: TableModel,
  plan: Plan,
  registry: UnitRegistry,
  options: PrepareAllocationOptions = {},
): PreparedAllocation {
  const inputs = planInputsFromTable(
    table,
    plan,
    registry,
    options.columns ? { columns: options.columns } : {},
  );
  const keyColumns = inputs.sources.flatMap((s) => (s.kind === 'column' ? [s.columnIndex] : []));
  const checked = checkAllocationInput(table, keyColumns, options.merged ? { merged: options.merged } : {});
  const toNote = (p: {
    code: string;
    cells?: readonly string[];
    message: LocalizedText;
  }): AllocationNote => ({
    code: p.code,
    cells: p.cells ?? [],
    message: p.message,
  });
  const referenceNotes = inputs.sources.flatMap((s) =>
    s.kind === 'reference'
      ? [{ code: 'reference-population', cells: [], message: { sv: `${s.note.sv}.`, en: `${s.note.en}.` } }]
      : [],
  );
  const notes = [...referenceNotes, ...checked.filter((p) => !p.blocking).map(toNote)];
  const blocking = checked.filter((p) => p.blocking).map(toNote);
  const inputProblems = inputs.problems.map((p) => toNote({ ...p, ...(p.cell ? { cells: [p.cell] } : {}) }));
  // A suppressed key ("..", "<15") is refused once per column, first; its cells are not named again one by one.
  const suppressed = keyColumns.flatMap((k) => suppressedKey(table, k));
  const suppressedCells = new Set(suppressed.flatMap((p) => p.cells));
  const named = (p: AllocationNote): boolean => !p.cells.some((c) => suppressedCells.has(c));
  // A blank or bad key cell is named once, by the refusal; a missing column is always said.
  const problems = [
    ...suppressed,
    ...(blocking.length > 0
      ? [...inputProblems.filter((p) => p.code === 'missing-column'), ...blocking]
      : inputProblems
    ).filter(named),
  ];
  if (problems.length > 0) return { ok: false, inputs, problems, notes };
  const frames = framesOf(plan, options.readCell);
  const findings = checkFrame(table, plan, frames);
  return {
    ok: true,
    inputs,
    units: inputs.units,
    indicators: inputs.indicators,
    frames,
    notes: [...notes, ...findings.map(toNote)],
    findings,
  };
}

/** How many suppressed key cells a refusal names; the rest are counted. */
const NAMED_CELLS = 10;

/** One refusal for a key column with suppressed cells, naming the first cells and counting the rest. */
function suppressedKey(table: TableModel, k: number): AllocationNote[] {
  const cells = table.rows.flatMap((r) => {
    const cell = r.cells[k];
    return cell?.suppressed !== undefined
      ? [{ address: cellAddressIn(table, r, k), mark: cell.suppressed }]
      : [];
  });
  if (cells.length === 0) return [];
  const column = defined(table.columns[k], 'key column');
  const marks = [...new Set(cells.map((c) => c.mark))].join(', ');
  return [
    {
      code: 'key-suppressed',
      cells: cells.map((c) => c.address),
      message: PROBLEM_MESSAGES.keySuppressed({
        column: column.header || column.letter,
        count: cells.length,
        marks,
        cells: cells
          .slice(0, NAMED_CELLS)
          .map((c) => c.address)
          .join(', '),
        more: Math.max(0, cells.length - NAMED_CELLS),
      }),
    },
  ];
}

/** Pot id → the number in its frame cell, for pots whose frame is a cell the reader can read. */
function framesOf(plan: Plan, readCell: PrepareAllocationOptions['readCell']): Record<string, Rational> {
  const frames: Record<string, Rational> = {};
  if (!readCell) return frames;
  for (const pot of plan.pots) {
    if (pot.frame.amount || !pot.frame.cell) continue;
    const value = readCell(pot.frame.cell);
    if (value !== undefined && Number.isFinite(value)) frames[pot.id] = fromNumber(value);
  }
  return frames;
}
