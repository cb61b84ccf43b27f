import { basename, extname } from 'node:path';
import { type Finding } from '../domain/findings/Finding';
import { type FollowupAllocation, type FollowupLine, type FollowupResult } from '../domain/followup/Followup';
import { sub } from '../domain/money/arithmetic';
import { type Rational } from '../domain/money/Rational';
import { toNumber } from '../domain/money/toNumber';
import { type TableModel } from '../domain/table/TableModel';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type UnitRegistry } from '../domain/units/UnitRegistry';
import {
  followupAllocationFromOwnSheet,
  followupAllocationFromTable,
  followupRole,
  isFollowupTable,
} from '../workbook/followupColumns';
import { findTables } from '../workbook/findTables';
import { reconcileFollowupTables } from '../workbook/reconcileFollowupTables';
import { CliInputError } from './CliInputError';
import { type CliResult } from './CliResult';
import { formatFollowupReport } from './formatFollowupReport';
import { readGrids } from './readGrids';
import { readXlsxGrids } from './readXlsxGrids';
import { CLI_MESSAGES } from './cliMessages';
import { defined } from '../domain/errors';

/** `followup <file> [--allocation <sheet>] [--report <sheet>] [--json]` */
export interface FollowupArgs {
  readonly command: 'followup';
  readonly file: string;
  readonly allocation?: string;
  readonly report?: string;
  readonly json: boolean;
}

/** Everything `followup` found: where the allocation and the report are, the reconciliation and every finding. */
export interface FollowupRun {
  readonly allocation: FollowupAllocation;
  readonly report: TableModel;
  readonly result: FollowupResult;
  /** The report table's ordinary checks, then the reconciliation's findings. */
  readonly findings: readonly Finding[];
}

/**
 * `followup`: reconciles the kommuners' återredovisning against the allocation (the marked Fördelning sheet, or
 * the sheet named by --allocation) and reports as JSON or Swedish text; exit 1 iff any error finding, 2 when the
 * allocation or the report cannot be found.
 */
export async function runFollowup(args: FollowupArgs): Promise<CliResult> {
  const run = await followupRun(args);
  const exitCode = run.findings.some((f) => f.severity === 'error') ? 1 : 0;
  const stdout = args.json
    ? JSON.stringify(followupJson(run), null, 2) + '\n'
    : formatFollowupReport(args.file, run);
  return { exitCode, stdout, stderr: '' };
}

/** Finds the allocation and the report in the file and reconciles them. */
export async function followupRun(args: FollowupArgs): Promise<FollowupRun> {
  const registry = defaultUnitRegistry();
  const allocation = await findAllocation(args, registry);
  const report = await findReport(args, registry, allocation);
  const outcome = reconcileFollowupTables(allocation, report, registry);
  if (!outcome.ok) {
    const headers = report.columns.filter((c) => {
      const role = followupRole(c.header);
      return role !== undefined && outcome.ambiguous.includes(role);
    });
    throw new CliInputError(
      CLI_MESSAGES.ambiguousFollowupColumns(headers.map((c) => `${c.letter} "${c.header}"`).join(', ')),
    );
  }
  return { allocation, report, result: outcome.result, findings: outcome.findings };
}

async function findAllocation(args: FollowupArgs, registry: UnitRegistry): Promise<FollowupAllocation> {
  const file = basename(args.file);
  if (args.allocation !== undefined) {
    // readGrids with a sheet name returns that sheet or refuses the input itself.
    const grid = defined((await readGrids(args.file, args.allocation))[0], `sheet ${args.allocation}`);
    const tables = findTables(grid, registry);
    const allocation = tables
      .filter((t) => !isFollowupTable(t))
      .map((t) => (grid.isOutput ? followupAllocationFromOwnSheet(t) : followupAllocationFromTable(t)))
      .find((a) => a !== undefined && a.amounts.length > 0);
    if (!allocation) throw new CliInputError(CLI_MESSAGES.noAllocationOnSheet(grid.sheet, file));
    return allocation;
  }
  const userGrids = await readGrids(args.file);
  const ext = extname(args.file).toLowerCase();
  const own =
    ext === '.xlsx' || ext === '.xlsm' ? (await readXlsxGrids(args.file)).filter((g) => g.isOutput) : [];
  const fordelning = own.filter((g) => /^(fördelning|allocation)\b/iu.test(g.sheet));
  const hint = CLI_MESSAGES.allocationHint(userGrids.map((g) => g.sheet));
  const [sheet, ...others] = fordelning;
  if (sheet === undefined) throw new CliInputError(CLI_MESSAGES.noOwnAllocationSheet(file, hint));
  if (others.length > 0) {
    throw new CliInputError(
      CLI_MESSAGES.severalAllocationSheets(
        file,
        fordelning.map((g) => g.sheet),
      ),
    );
  }
  const table = findTables(sheet, registry)[0];
  const allocation = table ? followupAllocationFromOwnSheet(table) : undefined;
  if (!allocation || allocation.amounts.length === 0) {
    throw new CliInputError(CLI_MESSAGES.nothingToFollowUp(sheet.sheet, file, hint));
  }
  return allocation;
}

async function findReport(
  args: FollowupArgs,
  registry: UnitRegistry,
  allocation: FollowupAllocation,
): Promise<TableModel> {
  const file = basename(args.file);
  const grids = await readGrids(args.file, args.report);
  const candidates = grids
    .flatMap((g) => findTables(g, registry))
    .filter((t) => !(t.sheet === allocation.sheet && t.range === allocation.range) && isFollowupTable(t));
  const where = CLI_MESSAGES.reportPlace(file, args.report);
  const [report, ...others] = candidates;
  if (report === undefined) throw new CliInputError(CLI_MESSAGES.noReport(where));
  if (others.length > 0) {
    const tables = candidates.map((t) => `"${t.sheet}"!${t.range}`).join(', ');
    throw new CliInputError(CLI_MESSAGES.severalReports(where, tables));
  }
  return report;
}

const num = (r: Rational | undefined): number | null => (r === undefined ? null : toNumber(r));

/** The JSON of issue 19: allocation, report, units, totals, findings; delta = reported − expected in kronor. */
function followupJson(run: FollowupRun): unknown {
  return {
    allocation: { sheet: run.allocation.sheet, range: run.allocation.range },
    report: { sheet: run.report.sheet, range: run.report.range },
    units: run.result.lines.map((l) => ({
      unit: l.unit,
      code: l.code ?? null,
      pot: l.pot ?? null,
      allocated: toNumber(l.allocated),
      reported: num(l.reported),
      used: num(l.used),
      unused: num(l.unused),
      delta: lineDelta(l),
    })),
    totals: {
      allocated: toNumber(run.result.totals.allocated),
      used: toNumber(run.result.totals.used),
      unused: toNumber(run.result.totals.unused),
    },
    findings: run.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cells: f.cells,
      unit: f.unit ?? null,
      column: f.column ?? null,
      stated: f.stated ?? null,
      computed: f.computed ?? null,
      delta: f.delta ?? null,
      message: f.message,
    })),
  };
}

/** Reported tilldelat − allocated; a unit with no report reported 0; null when the report states no tilldelat. */
function lineDelta(line: FollowupLine): number | null {
  if (line.reported !== undefined) return toNumber(sub(line.reported, line.allocated));
  return line.status === 'missing' ? -toNumber(line.allocated) : null;
}
