import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliResult } from '../../src/cli/CliResult';
import { runCli } from '../../src/cli/runCli';
import { checkAllocationInput } from '../../src/domain/checks/checkAllocationInput';
import { checkTable } from '../../src/domain/checks/checkTable';
import { columnIndexOf, exactOf } from '../../src/domain/checks/tableFacts';
import { type Finding } from '../../src/domain/findings/Finding';
import { type Rational } from '../../src/domain/money/Rational';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type Plan } from '../../src/domain/plan/planSchema';
import { type TableModel } from '../../src/domain/table/TableModel';
import { defaultUnitRegistry } from '../../src/domain/units/defaultUnitRegistry';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { buildSheetPlan } from '../../src/output/buildSheetPlan';
import { findTables } from '../../src/workbook/findTables';
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
 * Read → find → refuse bad input → allocate → plan the sheets → write, as the pane does for "Skriv". A plan is
 * either JSON (as saved in the workbook) or a key column and a total.
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
  const parsed = parsePlan('planJson' in spec ? spec.planJson : keyPlanJson(spec.key, spec.total));
  if (!parsed.ok) return none(parsed.problems.map((p) => p.message.sv));
  const plan = parsed.plan;
  const names = (plan.indicators ?? []).map((i) => i.name);
  const table = checked.tables.find((t) => names.every((n) => columnIndexOf(t, n) >= 0));
  if (!table) return none(['Ingen tabell med kommuner eller regioner och nyckelkolumnen hittades.']);
  const keyIdx = names.map((n) => columnIndexOf(table, n));
  const input = checkAllocationInput(
    table,
    keyIdx,
    checked.grid.merged ? { merged: checked.grid.merged } : {},
  );
  const blocking = input.filter((p) => p.blocking);
  if (blocking.length > 0)
    return none(
      blocking.map((p) => p.message.sv),
      checked.findings,
    );
  const units = table.rows.map((r) => ({
    id: r.unit?.code ?? `rad ${r.row + 1}`,
    ...(r.unit ? { code: r.unit.code } : {}),
    name: r.label,
  }));
  const indicators = indicatorsOf(plan, table, units);
  const result = allocatePlan(plan, units, indicators);
  if (!result.ok)
    return none(
      result.problems.map((p) => p.message.sv),
      checked.findings,
    );
  const listed = await new ExcelWorkbookPort(fake.host).listSheets();
  if (!listed.ok) return none([listed.error.message.sv], checked.findings);
  const sheetPlan = buildSheetPlan({
    allocation: result.allocation,
    findings: checked.findings,
    plan: { name: plan.name, keyInWords: names.join(', ') },
    source: { sheet: table.sheet, range: table.range },
    date: '2025-01-31',
    lang: 'sv',
    existingSheetNames: listed.value.filter((s) => !s.isOutput).map((s) => s.name),
  });
  const written = await new ExcelWorkbookPort(fake.host).writePlan(sheetPlan, { replaceExisting: true });
  const notes = input.map((p) => p.message.sv);
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

function indicatorsOf(
  plan: Plan,
  table: TableModel,
  units: readonly { id: string }[],
): Record<string, Record<string, Rational>> {
  const out: Record<string, Record<string, Rational>> = {};
  for (const ind of plan.indicators ?? []) {
    const idx = columnIndexOf(table, ind.name);
    const values: Record<string, Rational> = {};
    table.rows.forEach((r, i) => {
      const v = exactOf(r.cells[idx]);
      if (!v) throw new Error('checkAllocationInput let a blank key through');
      values[units[i]!.id] = v;
    });
    out[ind.id] = values;
  }
  return out;
}
