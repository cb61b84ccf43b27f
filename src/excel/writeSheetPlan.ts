import { OUTPUT_MARKER_KEY, type SheetPlan } from '../output/SheetPlan';
import { decideWrite } from '../output/sheetWritePolicy';
import { type PortError, type PortResult, type WriteOptions, type WriteSummary } from '../port/WorkbookPort';
import { PORT_MESSAGES } from '../port/portMessages';
import { cellAddress } from '../domain/a1/cellAddress';
import { quoteSheetName } from '../domain/a1/quoteSheetName';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { requireRange } from '../domain/a1/requireRange';
import { assertValidPlan } from './assertValidPlan';
import { queueSheetContent, type VerifyRange } from './queueSheetContent';
import { DEFAULT_BUDGET_BYTES } from './readBudget';
import { SyncBatcher } from './SyncBatcher';
import { isOfficeError, portError, toPortError } from './toPortError';

export interface WritePlanOptions extends WriteOptions {
  readonly budgetBytes?: number;
  /** Makes temporary sheet names unique to this write; random by default. */
  readonly nonce?: string;
}

/** New output is written under these names first; a marked sheet with this prefix is ours and may be removed. */
export const TEMP_SHEET_PREFIX = 'LN_tmp_';
const PENDING = 'pending:';

interface Existing {
  readonly name: string;
  readonly id: string;
}

interface NewSheet {
  readonly finalName: string;
  readonly tempName: string;
  readonly proxy: Excel.Worksheet;
  table: Excel.Table | undefined;
  readonly tableName: string | undefined;
}

/**
 * Executes a SheetPlan all-or-nothing, in three syncs for a plan that fits one payload budget:
 *  1. inspect: which target names exist, whether they carry our marker, workbook protection;
 *  2. write: add every new sheet under a temporary name, mark it "pending", write values then formats, and read
 *     back the formula cells whose results the plan knows (extra syncs only when the payload needs chunks);
 *  3. commit: delete the replaced output, rename the new sheets, set the final marker and table names, activate.
 * A user's sheet (no marker) is never touched. Any failure before the commit deletes the new sheets, leaving the
 * workbook as it was; a failure during the commit is rolled forward, since the old output may already be gone.
 */
export async function writeSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: WritePlanOptions,
): Promise<PortResult<WriteSummary>> {
  assertValidPlan(plan);
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const nonce = options.nonce ?? Math.random().toString(36).slice(2, 8);
  const pending = `${PENDING}${nonce}`;
  const inspection = await inspect(context, plan);
  const refusal = refuse(inspection, plan, options.replaceExisting);
  if (refusal) return { ok: false, error: refusal };
  if (options.signal?.aborted) return { ok: false, error: portError('cancelled') };

  const tempNames = plan.sheets.map((_, i) => `${TEMP_SHEET_PREFIX}${nonce}_${i}`);
  let written: Written;
  try {
    written = await writeNewSheets(context, plan, tempNames, pending, inspection.staleNames, budget, options);
  } catch (error) {
    return rollBack(context, tempNames, pending, error);
  }
  const mismatch = firstMismatch(written.checks);
  if (mismatch) return rollBack(context, tempNames, pending, undefined, mismatch);
  if (options.signal?.aborted)
    return rollBack(context, tempNames, pending, undefined, portError('cancelled'));

  const stale = written.stale.filter((s) => s.value?.startsWith(PENDING)).map((s) => s.name);
  try {
    await commit(context, written.sheets, inspection.existing, stale, plan.marker);
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    await rollForward(context, written.sheets, inspection.existing, plan.marker);
  }
  options.onProgress?.(1);
  return {
    ok: true,
    value: {
      written: plan.sheets.map((s) => ({ sheet: s.name, range: boundingRange(s.blocks) })),
      replaced: inspection.existing.map((e) => e.name),
    },
  };
}

interface Inspection {
  readonly protectedWorkbook: boolean;
  readonly collisions: readonly string[];
  readonly existing: readonly Existing[];
  readonly staleNames: readonly string[];
}

async function inspect(context: Excel.RequestContext, plan: SheetPlan): Promise<Inspection> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const protection = context.workbook.protection;
  protection.load('protected');
  const probes = plan.sheets.map((s) => {
    const sheet = worksheets.getItemOrNullObject(s.name);
    sheet.load('name,id');
    const marker = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
    marker.load('value');
    return { sheet, marker };
  });
  await context.sync();
  const collisions: string[] = [];
  const existing: Existing[] = [];
  for (const { sheet, marker } of probes) {
    if (sheet.isNullObject) continue;
    if (marker.isNullObject) collisions.push(sheet.name);
    else existing.push({ name: sheet.name, id: sheet.id });
  }
  const staleNames = worksheets.items.map((s) => s.name).filter((n) => n.startsWith(TEMP_SHEET_PREFIX));
  return { protectedWorkbook: protection.protected, collisions, existing, staleNames };
}

function refuse(inspection: Inspection, plan: SheetPlan, replaceExisting: boolean): PortError | undefined {
  if (inspection.protectedWorkbook) return portError('protected');
  const existing = [
    ...inspection.collisions.map((name) => ({ name, ours: false })),
    ...inspection.existing.map((e) => ({ name: e.name, ours: true })),
  ];
  const decision = decideWrite(existing, plan, replaceExisting);
  if (decision.kind === 'write') return undefined;
  return portError(decision.code === 'bad-sheet-name' ? 'general' : decision.code, decision.message);
}

interface Written {
  readonly sheets: NewSheet[];
  readonly checks: readonly {
    readonly sheet: string;
    readonly range: VerifyRange;
    readonly proxy: Excel.Range;
  }[];
  readonly stale: readonly { readonly name: string; readonly value: string | undefined }[];
}

async function writeNewSheets(
  context: Excel.RequestContext,
  plan: SheetPlan,
  tempNames: readonly string[],
  pending: string,
  staleNames: readonly string[],
  budget: number,
  options: WritePlanOptions,
): Promise<Written> {
  const renames = new Map(plan.sheets.map((s, i) => [s.name.toLowerCase(), tempNames[i]!]));
  const batcher = new SyncBatcher(
    context,
    budget,
    () => context.application.suspendScreenUpdatingUntilNextSync(),
    () => options.onProgress?.(0.1),
  );
  const sheets: NewSheet[] = [];
  for (const [i, write] of plan.sheets.entries()) {
    await batcher.add(128, () => {
      const proxy = context.workbook.worksheets.add(tempNames[i]);
      // Marked at once, so that even a half-written sheet is recognisably ours.
      proxy.customProperties.add(OUTPUT_MARKER_KEY, pending);
      proxy.load('id');
      sheets.push({
        finalName: write.name,
        tempName: tempNames[i]!,
        proxy,
        table: undefined,
        tableName: write.table?.name,
      });
    });
  }
  const checks: { sheet: string; range: VerifyRange; proxy: Excel.Range }[] = [];
  for (const [i, write] of plan.sheets.entries()) {
    const sheet = sheets[i]!;
    const queued = await queueSheetContent(batcher, sheet.proxy, write, renames, budget);
    sheet.table = queued.table;
    for (const range of queued.verify) {
      await batcher.add(64, () => {
        const proxy = sheet.proxy.getRange(rangeAddress(range.rect)).load('values');
        checks.push({ sheet: write.name, range, proxy });
      });
    }
  }
  const staleMarkers: { name: string; marker: Excel.WorksheetCustomProperty }[] = [];
  for (const name of staleNames) {
    await batcher.add(64, () => {
      const marker = context.workbook.worksheets
        .getItem(name)
        .customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
      staleMarkers.push({ name, marker: marker.load('value') });
    });
  }
  await batcher.flush();
  const stale = staleMarkers.map(({ name, marker }) => ({
    name,
    value: marker.isNullObject ? undefined : marker.value,
  }));
  return { sheets, checks, stale };
}

/** The first read-back cell whose value in Excel differs from what the plan expects. */
function firstMismatch(checks: Written['checks']): PortError | undefined {
  for (const { sheet, range, proxy } of checks) {
    const values = proxy.values;
    for (const e of range.expected) {
      const actual: unknown = values[e.row - range.rect.startRow]?.[e.col - range.rect.startCol];
      const same =
        typeof e.value === 'number' && typeof actual === 'number'
          ? Math.abs(actual - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value))
          : actual === e.value;
      if (same) continue;
      const where = `${quoteSheetName(sheet)}!${cellAddress(e.row, e.col)}`;
      return portError('general', PORT_MESSAGES.checkFailed({ where, actual, expected: e.value }));
    }
  }
  return undefined;
}

async function commit(
  context: Excel.RequestContext,
  sheets: readonly NewSheet[],
  existing: readonly Existing[],
  stale: readonly string[],
  marker: string,
): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const old of existing) context.workbook.worksheets.getItem(old.id).delete();
  for (const name of stale) context.workbook.worksheets.getItem(name).delete();
  for (const sheet of sheets) {
    sheet.proxy.name = sheet.finalName;
    sheet.proxy.customProperties.add(OUTPUT_MARKER_KEY, marker);
  }
  // Table names are unique per workbook: they can be taken only once the replaced output is gone.
  for (const sheet of sheets) if (sheet.table && sheet.tableName) sheet.table.name = sheet.tableName;
  sheets[0]?.proxy.activate();
  await context.sync();
}

/**
 * The commit failed part-way (some of it may have happened). Finish it by sheet id: delete what is left of the old
 * output, rename and mark the new sheets, name the tables, activate. If this fails too, the error propagates.
 */
async function rollForward(
  context: Excel.RequestContext,
  sheets: readonly NewSheet[],
  existing: readonly Existing[],
  marker: string,
): Promise<void> {
  const olds = existing.map((e) => context.workbook.worksheets.getItemOrNullObject(e.id).load('name'));
  const news = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.proxy.id).load('name'));
  await context.sync();
  olds.filter((o) => !o.isNullObject).forEach((o) => o.delete());
  news.forEach((n, i) => {
    if (n.isNullObject) return;
    n.name = sheets[i]!.finalName;
    n.customProperties.add(OUTPUT_MARKER_KEY, marker);
  });
  for (const sheet of sheets) if (sheet.table && sheet.tableName) sheet.table.name = sheet.tableName;
  news.find((n) => !n.isNullObject)?.activate();
  await context.sync();
}

/**
 * Deletes the new sheets of a failed write — only those that carry this write's pending marker — and reports the
 * original failure. A programmer error is rethrown after the clean-up.
 */
async function rollBack(
  context: Excel.RequestContext,
  tempNames: readonly string[],
  pending: string,
  error: unknown,
  reason?: PortError,
): Promise<PortResult<WriteSummary>> {
  const failure = reason ?? (isOfficeError(error) ? toPortError(error) : undefined);
  try {
    const probes = tempNames.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const marker = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
      marker.load('value');
      return { sheet, marker };
    });
    await context.sync();
    const ours = probes.filter((p) => !p.marker.isNullObject && p.marker.value === pending);
    ours.forEach((p) => p.sheet.delete());
    if (ours.length > 0) await context.sync();
  } catch (cleanupError) {
    if (!isOfficeError(cleanupError) || !failure) throw cleanupError;
    return { ok: false, error: withLeftovers(failure, tempNames) };
  }
  if (!failure) throw error;
  return { ok: false, error: failure };
}

function withLeftovers(error: PortError, tempNames: readonly string[]): PortError {
  const names = tempNames.join(', ');
  return {
    code: error.code,
    message: PORT_MESSAGES.withLeftovers(error.message, names),
  };
}

function boundingRange(blocks: SheetPlan['sheets'][number]['blocks']): string {
  const rects = blocks
    .filter((b) => b.rows.length > 0)
    .map((b) => {
      const o = requireRange(b.address);
      const width = Math.max(1, ...b.rows.map((r) => r.length));
      return { ...o, endRow: o.startRow + b.rows.length - 1, endCol: o.startCol + width - 1 };
    });
  if (rects.length === 0) return 'A1';
  return rangeAddress({
    startRow: Math.min(...rects.map((r) => r.startRow)),
    startCol: Math.min(...rects.map((r) => r.startCol)),
    endRow: Math.max(...rects.map((r) => r.endRow)),
    endCol: Math.max(...rects.map((r) => r.endCol)),
  });
}
