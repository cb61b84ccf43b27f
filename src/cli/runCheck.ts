import { basename } from 'node:path';
import { checkTable } from '../domain/checks/checkTable';
import { columnIndexOf } from '../domain/checks/tableFacts';
import { aggregateFindings } from '../domain/findings/aggregateFindings';
import { type Finding } from '../domain/findings/Finding';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import { CliInputError } from './CliInputError';
import { CLI_MESSAGES } from './cliMessages';
import { type CliResult } from './CliResult';
import { findTablesInGrids } from './findTablesInGrids';
import { formatCheckReport } from './formatCheckReport';
import { type CheckArgs } from './parseCliArgs';
import { type InputFile, readInputFile } from './readGrids';

/** `check`: find the tables, run every check, report as JSON or Swedish text; exit 1 iff any error finding. */
export async function runCheck(args: CheckArgs): Promise<CliResult> {
  const registry = defaultUnitRegistry();
  const input = await readTables(args, registry);
  const tables = input.tables;
  // Said only when it is not the default, so the reader knows why "Väsby" reads right from an Excel CSV.
  const encoding = input.encoding !== undefined && input.encoding !== 'utf-8' ? input.encoding : undefined;
  // "No errors" about a file with no table would be a false all-clear: an empty or unrecognised file is unusable.
  if (tables.length === 0) {
    throw new CliInputError(CLI_MESSAGES.noTableToCheck(basename(args.file), args.sheet));
  }
  const key = args.key;
  if (key !== undefined && tables.length > 0 && !tables.some((t) => columnIndexOf(t, key) >= 0)) {
    throw new CliInputError(CLI_MESSAGES.checkKeyMissing(key, headersOf(tables)));
  }
  const perTable = tables.map((table) => ({
    table,
    // Repeated findings of one kind in one column are told once, with a count and at most 50 cells.
    findings: aggregateFindings(
      checkTable(table, { registry, ...(args.key !== undefined ? { keyColumn: args.key } : {}) }),
      { cap: 50 },
    ),
  }));
  const findings = perTable.flatMap((t) => t.findings);
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  const stdout = args.json
    ? JSON.stringify({ ...(encoding ? { encoding } : {}), ...checkJson(perTable) }, null, 2) + '\n'
    : formatCheckReport(args.file, perTable, encoding ? { encoding } : {});
  return { exitCode, stdout, stderr: '' };
}

/** The file's tables; its sheets are let go here, before the checks run (a long export's grid is large). */
async function readTables(
  args: CheckArgs,
  registry: UnitRegistry,
): Promise<{ tables: TableModel[]; encoding: InputFile['encoding'] }> {
  const input = await readInputFile(args.file, args.sheet);
  return { tables: findTablesInGrids(input.grids, registry), encoding: input.encoding };
}

function headersOf(tables: readonly TableModel[]): string {
  return tables
    .flatMap((t) => t.columns.filter((c) => c.header).map((c) => `"${c.header}"`))
    .slice(0, 12)
    .join(', ');
}

/**
 * What `check --json` prints: the tables it read (sheet, range, units, columns with their roles) and every
 * finding as the checks produce it, so a script sees the same codes, cells and deltas as the task pane.
 */
function checkJson(perTable: readonly { table: TableModel; findings: readonly Finding[] }[]): object {
  return {
    tables: perTable.map(({ table }) => ({
      sheet: table.sheet,
      range: table.range,
      units: table.rows.length,
      level: table.level,
      ...(table.title ? { title: table.title } : {}),
      columns: table.columns.map((c) => ({
        letter: c.letter,
        header: c.header,
        role: c.role,
        ...(c.sumOf ? { sumOf: c.sumOf.map((col) => table.columns.find((x) => x.col === col)?.letter) } : {}),
        ...(c.scale ? { scale: c.scale } : {}),
      })),
      ...(table.unclassified.length ? { unclassified: table.unclassified.map((u) => u.row + 1) } : {}),
    })),
    findings: perTable.flatMap((t) => t.findings),
  };
}
