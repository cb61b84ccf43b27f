import { defined } from '../domain/errors';
import { cellAddressIn } from '../domain/table/cellAddressIn';
import { type AllocationUnit } from '../domain/allocation/Allocation';
import { columnIndexOf, exactOf, trimmedLabel } from '../domain/checks/tableFacts';
import { type LocalizedText } from '../domain/findings/Finding';
import { PROBLEM_MESSAGES } from '../domain/findings/problemMessages';
import { fromNumber } from '../domain/money/fromNumber';
import { type Rational } from '../domain/money/Rational';
import { type IndicatorValues } from '../domain/plan/IndicatorValues';
import { type Plan } from '../domain/plan/planSchema';
import { type TableModel } from '../domain/table/TableModel';
import { normalizeLabel } from '../domain/units/normalizeLabel';
import { type UnitRegistry } from '../domain/units/UnitRegistry';

/** Where one plan indicator's values came from: a column of the table, or the shipped reference population. */
export type IndicatorSource =
  | {
      readonly indicatorId: string;
      readonly kind: 'column';
      /** Index in `table.columns`. */
      readonly columnIndex: number;
      readonly letter: string;
      readonly header: string;
    }
  | { readonly indicatorId: string; readonly kind: 'reference'; readonly note: LocalizedText };

/** Why a plan cannot be applied to the table as it stands. */
export interface PlanInputProblem {
  readonly code: 'missing-column' | 'missing-value';
  readonly indicatorId: string;
  /** The cell concerned (sheet-local A1), when there is one. */
  readonly cell?: string;
  readonly message: LocalizedText;
}

/** The engine's inputs read from a table: units, indicator values per unit, and how each indicator was read. */
export interface PlanInputs {
  readonly units: readonly AllocationUnit[];
  readonly indicators: IndicatorValues;
  readonly sources: readonly IndicatorSource[];
  readonly problems: readonly PlanInputProblem[];
}

/** Options of {@link planInputsFromTable}. */
export interface PlanInputsOptions {
  /** Plan indicator id → column (letter or header) the user chose; otherwise matched by name, then id. */
  readonly columns?: Readonly<Record<string, string>>;
}

/** The note shown wherever the reference population stands in for a missing column. */
export const REFERENCE_POPULATION_NOTE: LocalizedText = PROBLEM_MESSAGES.referencePopulationNote();

/**
 * Maps a detected table onto a plan: one allocation unit per unit row (official code as id when resolved), and
 * each plan indicator read from its column (the user's choice, else the header equal to its name or id). A
 * population indicator without a column falls back to the registry's reference population (1 Nov 2024, SCB),
 * and says so in `sources`. Missing columns and blank cells are problems, never throws.
 * @example planInputsFromTable(jonkoping, tiersPlan, registry).sources[0].kind //=> 'reference'
 */
export function planInputsFromTable(
  table: TableModel,
  plan: Plan,
  registry: UnitRegistry,
  options: PlanInputsOptions = {},
): PlanInputs {
  const units = unitsOf(table);
  const indicators: Record<string, Record<string, Rational>> = {};
  const sources: IndicatorSource[] = [];
  const problems: PlanInputProblem[] = [];
  for (const ind of plan.indicators ?? []) {
    const idx = indicatorColumn(table, ind, options.columns?.[ind.id]);
    if (idx >= 0) {
      const column = defined(table.columns[idx], 'indicator column');
      sources.push({
        indicatorId: ind.id,
        kind: 'column',
        columnIndex: idx,
        letter: column.letter,
        header: column.header,
      });
      indicators[ind.id] = readColumn(table, idx, ind, units, problems);
    } else if (isPopulation(ind)) {
      sources.push({ indicatorId: ind.id, kind: 'reference', note: REFERENCE_POPULATION_NOTE });
      indicators[ind.id] = readReference(table, ind, units, registry, problems);
    } else {
      problems.push({
        code: 'missing-column',
        indicatorId: ind.id,
        message: PROBLEM_MESSAGES.missingColumn({
          indicator: ind.name,
          table: `${table.sheet}!${table.range}`,
        }),
      });
    }
  }
  return { units, indicators, sources, problems };
}

/**
 * The table's unit rows as allocation units: official code as id when known, else "rad <n>"; named by the
 * official name when resolved ("Falu kommun" → "Falun"), else by the label without stray spaces ("Leksand " →
 * "Leksand"), so written sheets and lookups match.
 */
function unitsOf(table: TableModel): AllocationUnit[] {
  return table.rows.map((r) => ({
    id: r.unit?.code ?? `rad ${r.row + 1}`,
    ...(r.unit ? { code: r.unit.code } : {}),
    name: r.unit?.name ?? trimmedLabel(r),
  }));
}

function indicatorColumn(
  table: TableModel,
  ind: { id: string; name: string },
  chosen: string | undefined,
): number {
  if (chosen !== undefined) {
    const byChoice = columnIndexOf(table, chosen);
    if (byChoice >= 0) return byChoice;
  }
  const byName = columnIndexOf(table, ind.name);
  if (byName >= 0) return byName;
  const byId = columnIndexOf(table, ind.id);
  if (byId >= 0) return byId;
  // A preset says "Befolkning"; the sheet says "Befolkning dec 2019". The table's own figures beat the reference
  // list (they are what the published amounts were computed from); the source line tells the user which was used.
  return isPopulation(ind)
    ? table.columns.findIndex((c) => c.role === 'indicator' && isPopulationHeader(c.header))
    : -1;
}

function isPopulationHeader(header: string): boolean {
  return /^(befolkning|population|invånare|folkmängd|antal invånare)/.test(normalizeLabel(header));
}

function isPopulation(ind: { id: string; name: string }): boolean {
  return ind.id === 'population' || isPopulationHeader(ind.name);
}

function readColumn(
  table: TableModel,
  idx: number,
  ind: { id: string; name: string },
  units: readonly AllocationUnit[],
  problems: PlanInputProblem[],
): Record<string, Rational> {
  const values: Record<string, Rational> = {};
  table.rows.forEach((r, i) => {
    const v = exactOf(r.cells[idx]);
    if (v) values[defined(units[i], 'unit of row').id] = v;
    else
      problems.push({
        code: 'missing-value',
        indicatorId: ind.id,
        ...(r.cells[idx] ? { cell: cellAddressIn(table, r, idx) } : {}),
        message: PROBLEM_MESSAGES.missingValue({
          indicator: ind.name,
          unit: trimmedLabel(r),
          cell: r.cells[idx] ? cellAddressIn(table, r, idx) : '?',
        }),
      });
  });
  return values;
}

function readReference(
  table: TableModel,
  ind: { id: string; name: string },
  units: readonly AllocationUnit[],
  registry: UnitRegistry,
  problems: PlanInputProblem[],
): Record<string, Rational> {
  const values: Record<string, Rational> = {};
  table.rows.forEach((r, i) => {
    const population = r.unit ? registry.population(r.unit.code) : undefined;
    if (population !== undefined) values[defined(units[i], 'unit of row').id] = fromNumber(population);
    else
      problems.push({
        code: 'missing-value',
        indicatorId: ind.id,
        message: PROBLEM_MESSAGES.missingReferencePopulation({ indicator: ind.name, unit: trimmedLabel(r) }),
      });
  });
  return values;
}
