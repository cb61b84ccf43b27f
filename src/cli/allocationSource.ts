import { PROBLEM_MESSAGES } from '../domain/findings/problemMessages';
import { type TableModel } from '../domain/table/TableModel';
import { normalizeLabel } from '../domain/units/normalizeLabel';
import { cellAddress } from '../domain/a1/cellAddress';
import { type Grid } from '../workbook/Grid';
import { type PlanInputs } from '../workbook/planInputsFromTable';
import { type AllocationNote } from '../workbook/prepareAllocation';
import { CliInputError } from './CliInputError';
import { CLI_MESSAGES, CLI_REPORT_WORDS } from './cliMessages';
import { defined } from '../domain/errors';

/** What an allocation used, as `allocate --json` prints it (the `source` object of its output). */
export interface AllocationSource {
  readonly sheet: string;
  readonly range: string;
  /** Letter of the unit column. */
  readonly unitColumn: string;
  readonly unitHeader: string;
  /** Letter of the (first) key column; absent when the key is the shipped reference population. */
  readonly keyColumn?: string;
  readonly keyHeader?: string;
  /** True when the key came from the reference population (1 Nov 2024, SCB), not from the sheet. */
  readonly referencePopulation?: true;
}

/** The sheet, range, unit column and key column an allocation reads. */
export function sourceOf(table: TableModel, inputs: PlanInputs): AllocationSource {
  const unit = table.columns.find((c) => c.role === 'unit');
  const first = inputs.sources[0];
  return {
    sheet: table.sheet,
    range: table.range,
    unitColumn: unit?.letter ?? '',
    unitHeader: unit?.header ?? '',
    ...(first?.kind === 'column' ? { keyColumn: first.letter, keyHeader: first.header } : {}),
    ...(first?.kind === 'reference' ? { referencePopulation: true as const } : {}),
  };
}

/** "blad "Totalt", A5:F295; enheter i A (Kommun); nyckel i D (Folkmängd 31 december)" */
export function describeSource(source: AllocationSource): string {
  const w = CLI_REPORT_WORDS.sv;
  const key =
    source.keyColumn !== undefined
      ? w.keyColumn(source.keyColumn, source.keyHeader ?? '')
      : source.referencePopulation
        ? w.referenceKey
        : w.noKeyColumn;
  return w.sourceDescription({ ...source, key });
}

/**
 * An allocation refused: one stderr line (the first kind of problem, with how many more there are) and every
 * problem on stdout, as text or JSON.
 */
export function refusal(
  problems: readonly AllocationNote[],
  source: AllocationSource,
  json: boolean,
): CliInputError {
  const first = defined(problems[0], 'the first problem of a refusal');
  const sameKind = problems.filter((p) => p.code === first.code);
  const head =
    sameKind.length > 1
      ? PROBLEM_MESSAGES.manyProblems({ count: sameKind.length, first: first.message })
      : first.message;
  const rest = problems.length - sameKind.length;
  const details = json
    ? JSON.stringify(
        {
          refused: true,
          source,
          problems: problems.map((p) => ({
            code: p.code,
            cells: p.cells.slice(0, 50),
            count: p.cells.length,
            message: p.message,
          })),
        },
        null,
        2,
      )
    : [
        CLI_REPORT_WORDS.sv.refusedHeading(describeSource(source)),
        ...problems.map((p) => `  ${p.message.sv}`),
      ].join('\n');
  return new CliInputError(CLI_MESSAGES.nothingAllocated(head, sameKind.length, rest), details);
}

/** Rows above and below the header row where a header beyond a blank column may stand. */
const HEADER_ROWS = 2;

/**
 * Never lets the reference population stand in when the table's own sheet has a column with that header beyond
 * the table (a blank column between them ends the detected table): the sheet's figures are what the user meant.
 */
export function refuseReferenceBesideOwnColumn(
  table: TableModel,
  inputs: PlanInputs,
  grids: readonly Grid[],
): void {
  if (!inputs.sources.some((s) => s.kind === 'reference')) return;
  const grid = grids.find((g) => g.sheet === table.sheet);
  if (!grid) return;
  const inTable = new Set(table.columns.map((c) => c.col));
  for (let r = table.headerRow - HEADER_ROWS; r <= table.headerRow + HEADER_ROWS; r++) {
    if (r < grid.origin.row || r >= grid.origin.row + grid.rowCount) continue;
    for (const [i, cell] of grid.row(r - grid.origin.row).entries()) {
      const col = grid.origin.col + i;
      if (inTable.has(col) || cell.value.kind !== 'text') continue;
      if (!POPULATION_HEADER.test(normalizeLabel(cell.value.value))) continue;
      throw new CliInputError(
        CLI_MESSAGES.referenceBesideOwnColumn(
          table.sheet,
          cell.value.value.trim(),
          cellAddress(r, col),
          table.range,
        ),
      );
    }
  }
}

// The headers planInputsFromTable takes for a population column.
const POPULATION_HEADER = /^(befolkning|population|invånare|folkmängd|antal invånare)/;
