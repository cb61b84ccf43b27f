import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliResult } from '../../src/cli/CliResult';
import { runCli } from '../../src/cli/runCli';
import { checkTable } from '../../src/domain/checks/checkTable';
import { columnIndexOf } from '../../src/domain/checks/tableFacts';
import { type Finding } from '../../src/domain/findings/Finding';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../src/domain/plan/planSchema';
import { type TableModel } from '../../src/domain/table/TableModel';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { buildSheetPlan } from '../../src/output/buildSheetPlan';
import { computeScenario } from '../../src/taskpane/state/computeScenario';
import { sheetPlanInput } from '../../src/taskpane/state/sheetPlanInput';
import { findTables } from '../../src/workbook/findTables';
import { gridCellReader } from '../../src/workbook/gridCellReader';
import { type Grid } from '../../src/workbook/Grid';
import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';

export const registry = defaultUnitRegistry();

export type Literal = string | number | boolean | null;
export type XlsxValue = Literal | { formula: string; result?: unknown } | { error: string };

/** sha256 of the fake workbook's full snapshot: the cheap way to prove a 200 000-row sheet unchanged. */
export function snapshotHash(fake: FakeExcel): string {
  return createHash('sha256').update(JSON.stringify(fake.model.snapshot())).digest('hex');
}

/** A fresh temporary folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lansnyckel-rel-'));
}

/** sha256 of every file in a folder, by name: compare before/after to prove nothing was modified. */
export function hashFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return out;
}

/** Writes rows (1-based A1 at rows[0][0]) into an .xlsx with one sheet, optionally tweaked. */
export async function writeXlsx(
  path: string,
  rows: readonly (readonly XlsxValue[])[],
  tweak?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  sheet = 'Blad1',
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  tweak?.(ws, wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * Runs the CLI in-process and proves every file in `dir` (inputs; an --out goes elsewhere or is checked by the
 * caller) has the same bytes afterwards.
 */
export async function cliUnchanged(dir: string, argv: readonly string[]): Promise<CliResult> {
  const before = hashFolder(dir);
  const result = await runCli(argv);
  expect(hashFolder(dir)).toEqual(before);
  return result;
}

/** A small kommun table: header, four Dalarna kommuner with `key` values, a Summa row. */
export function kommunTable(keys: readonly Literal[] = [100, 200, 300, 400]): Literal[][] {
  const names = ['Mora', 'Orsa', 'Falun', 'Leksand'];
  return [['Kommun', 'Befolkning'], ...names.map((n, i) => [n, keys[i] ?? null])];
}

/** A fake Excel workbook with one sheet of `rows` (strings starting "=" are formulas, "#REF!" etc. errors). */
export function fakeWith(rows: readonly (readonly Literal[])[], sheet = 'Blad1'): FakeExcel {
  const fake = new FakeExcel();
  fake.model.addSheet(sheet, rows);
  return fake;
}

/** What the add-in showed and whether it wrote: the same steps the task pane takes, on the port. */
export interface PaneOutcome {
  readonly written: boolean;
  /** Swedish texts shown to the user (refusals, port errors, engine problems, then notes). */
  readonly messages: readonly string[];
  readonly findings: readonly Finding[];
}

/** Underlag step: read the sheet through the port, find the tables, check them. */
export async function paneCheck(
  fake: FakeExcel,
  sheet = 'Blad1',
): Promise<{ messages: string[]; tables: TableModel[]; findings: Finding[]; grid?: Grid }> {
  const read = await new ExcelWorkbookPort(fake.host).readSheet(sheet);
  if (!read.ok) return { messages: [read.error.message.sv], tables: [], findings: [] };
  const tables = findTables(read.value, registry);
  const findings = tables.flatMap((t) => checkTable(t, { registry }));
  return { messages: findings.map((f) => f.message.sv), tables, findings, grid: read.value };
}

/**
 * Read → find → refuse bad input → allocate → plan the sheets → write, through the pane's own path
 * (computeScenario → sheetPlanInput → buildSheetPlan → port). A plan is either JSON (as saved in the workbook) or
 * a key column and a total.
 */
export async function paneAllocate(
  fake: FakeExcel,
  spec: { key: string; total: number | string } | { planJson: unknown },
  sheet = 'Blad1',
): Promise<PaneOutcome> {
  const none = (messages: string[], findings: Finding[] = []): PaneOutcome => ({
    written: false,
    messages,
    findings,
  });
  const checked = await paneCheck(fake, sheet);
  if (!checked.grid) return none(checked.messages);
  const json = ('planJson' in spec ? spec.planJson : keyPlanJson(spec.key, spec.total)) as PlanJson;
  const parsed = parsePlan(json);
  if (!parsed.ok) return none(parsed.problems.map((p) => p.message.sv));
  const names = (parsed.plan.indicators ?? []).map((i) => i.name);
  const table = checked.tables.find((t) => names.every((n) => columnIndexOf(t, n) >= 0));
  if (!table) return none(['Ingen tabell med kommuner eller regioner och nyckelkolumnen hittades.']);
  const grid = checked.grid;
  const result = computeScenario(
    json,
    table,
    registry,
    {},
    {
      ...(grid.merged ? { merged: grid.merged } : {}),
      readCell: gridCellReader([grid], grid.sheet),
    },
  );
  const notes = (result.notes ?? []).map((n) => n.message.sv);
  if (!result.allocation)
    return none(
      result.problems.map((p) => p.message.sv),
      checked.findings,
    );
  const listed = await new ExcelWorkbookPort(fake.host).listSheets();
  if (!listed.ok) return none([listed.error.message.sv], checked.findings);
  const input = sheetPlanInput(
    result,
    json,
    table,
    checked.findings,
    '2025-01-31',
    'sv',
    listed.value.filter((s) => !s.isOutput).map((s) => s.name),
  );
  if (!input) throw new Error('sheetPlanInput gave nothing for an allocation');
  const written = await new ExcelWorkbookPort(fake.host).writePlan(buildSheetPlan(input), {
    replaceExisting: true,
  });
  return written.ok
    ? { written: true, messages: notes, findings: checked.findings }
    : none([written.error.message.sv, ...notes], checked.findings);
}

/** The one-pot plan JSON the pane builds from "key column + total". */
export function keyPlanJson(key: string, total: number | string): unknown {
  return {
    version: 1,
    name: key,
    indicators: [{ id: 'key', name: key }],
    pots: [
      {
        id: 'pot',
        name: key,
        frame: { amount: total },
        steps: [{ kind: 'key', key: { type: 'indicator', indicator: 'key' } }],
      },
    ],
  };
}
