import { OUTPUT_MARKER_KEY, type SheetPlan } from '../output/SheetPlan';
import { decideWrite } from '../output/sheetWritePolicy';
import { type PortError, type PortResult, type WriteOptions, type WriteSummary } from '../port/WorkbookPort';
import { PORT_MESSAGES } from '../port/portMessages';
import { cellAddress } from '../domain/a1/cellAddress';
import { quoteSheetName } from '../domain/a1/quoteSheetName';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { requireRange } from '../domain/a1/requireRange';
import { InvariantError } from '../domain/errors';
import { assertValidPlan } from './assertValidPlan';
import { queueSheetContent, type VerifyRange } from './queueSheetContent';
import { DEFAULT_BUDGET_BYTES } from './readBudget';
import { SyncBatcher } from './SyncBatcher';
import { isOfficeError, portError, toPortError } from './toPortError';

export interface WritePlanOptions extends WriteOptions {
  readonly budgetBytes?: number;
  /** Makes temporary sheet names unique to this write; random by default. */
  readonly nonce?: string;
  /**
   * Inspect in the same sync as the write and commit in the next: two syncs for a plan within one payload budget.
   * False inspects first (three syncs), so that a refusal costs one sync and no written payload: the port turns it
   * off when it already knows the write will be refused. Either way the write is all-or-nothing.
   */
  readonly speculative?: boolean;
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

/** What one write needs throughout: the plan, its temporary names and this write's pending marker. */
interface WriteJob {
  readonly context: Excel.RequestContext;
  readonly plan: SheetPlan;
  readonly tempNames: readonly string[];
  readonly pending: string;
  readonly budget: number;
  readonly options: WritePlanOptions;
}

/**
 * Executes a SheetPlan all-or-nothing. Speculatively (the default), in two syncs for a plan that fits one payload
 * budget:
 *  1. inspect and write together: which target names exist, whether they carry our marker, workbook protection;
 *     add every new sheet under a temporary name, mark it "pending", write values then formats, and read back the
 *     formula cells whose results the plan knows (extra syncs only when the payload needs chunks);
 *  2. commit: delete the replaced output, rename the new sheets, set the final marker and table names, activate.
 * When the inspection refuses the write (a user's sheet in the way, output without consent, protection) or a
 * read-back differs, the second sync deletes the new sheets instead. Inspecting first (`speculative: false`) adds
 * a sync in front and writes nothing when it refuses.
 * A user's sheet (no marker) is never touched. Any failure before the commit deletes the new sheets, leaving the
 * workbook as it was; a failure during the commit is rolled forward, since the old output may already be gone.
 */
export async function writeSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: WritePlanOptions,
): Promise<PortResult<WriteSummary>> {
  assertValidPlan(plan);
  const nonce = options.nonce ?? Math.random().toString(36).slice(2, 8);
  const job: WriteJob = {
    context,
    plan,
    tempNames: plan.sheets.map((_, i) => `${TEMP_SHEET_PREFIX}${nonce}_${i}`),
    pending: `${PENDING}${nonce}`,
    budget: options.budgetBytes ?? DEFAULT_BUDGET_BYTES,
    options,
  };
  return options.speculative === false ? writeInspectingFirst(job) : writeSpeculatively(job);
}

async function writeInspectingFirst(job: WriteJob): Promise<PortResult<WriteSummary>> {
  const { context, plan, tempNames, pending, options } = job;
  const readInspection = queueInspection(context, plan);
  await context.sync();
  const inspection = readInspection();
  const refusal = refuse(inspection, plan, options.replaceExisting);
  if (refusal) return { ok: false, error: refusal };
  if (options.signal?.aborted) return { ok: false, error: portError('cancelled') };

  let written: Written;
  try {
    written = await writeNewSheets(job, inspection.staleNames);
  } catch (error) {
    return rollBack(context, tempNames, pending, error);
  }
  const mismatch = firstMismatch(written.checks);
  if (mismatch) return rollBack(context, tempNames, pending, undefined, mismatch);
  if (options.signal?.aborted)
    return rollBack(context, tempNames, pending, undefined, portError('cancelled'));
  const stale = written.stale.filter((st) => st.value?.startsWith(PENDING)).map((st) => st.name);
  return commitAndSummarize(job, written.sheets, inspection.existing, stale);
}

async function writeSpeculatively(job: WriteJob): Promise<PortResult<WriteSummary>> {
  const { context, plan, tempNames, pending, options } = job;
  if (options.signal?.aborted) return { ok: false, error: portError('cancelled') };
  // Queued ahead of the sheets it inspects, so it sees the workbook as it was before this write.
  const readInspection = queueInspection(context, plan);
  let written: Written;
  try {
    written = await writeNewSheets(job, []);
  } catch (error) {
    // A protected workbook refuses the first new sheet; say so as the inspection would have.
    return rollBack(context, tempNames, pending, error, undefined, true);
  }
  const inspection = readInspection();
  const refusal =
    refuse(inspection, plan, options.replaceExisting) ??
    firstMismatch(written.checks) ??
    (options.signal?.aborted ? portError('cancelled') : undefined);
  if (refusal) return discard(context, written.sheets, tempNames, refusal);
  // Temporary sheets of an earlier failed clean-up (rare): only those with a pending marker are removed.
  let stale: string[];
  try {
    stale = await pendingSheets(context, inspection.staleNames);
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return discard(context, written.sheets, tempNames, toPortError(error));
  }
  return commitAndSummarize(job, written.sheets, inspection.existing, stale);
}

async function commitAndSummarize(
  job: WriteJob,
  sheets: readonly NewSheet[],
  existing: readonly Existing[],
  stale: readonly string[],
): Promise<PortResult<WriteSummary>> {
  const { context, plan, options } = job;
  try {
    await commit(context, sheets, existing, stale, plan.marker);
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    await rollForward(context, sheets, existing, plan.marker);
  }
  options.onProgress?.(1);
  return {
    ok: true,
    value: {
      written: plan.sheets.map((s) => ({ sheet: s.name, range: boundingRange(s.blocks) })),
      replaced: existing.map((e) => e.name),
    },
  };
}

interface Inspection {
  readonly protectedWorkbook: boolean;
  readonly collisions: readonly string[];
  readonly existing: readonly Existing[];
  readonly staleNames: readonly string[];
}

/** Queues the loads that tell whether and how the plan may be written; the returned reader works after a sync. */
function queueInspection(context: Excel.RequestContext, plan: SheetPlan): () => Inspection {
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
  return () => {
    const collisions: string[] = [];
    const existing: Existing[] = [];
    for (const { sheet, marker } of probes) {
      if (sheet.isNullObject) continue;
      if (marker.isNullObject) collisions.push(sheet.name);
      else existing.push({ name: sheet.name, id: sheet.id });
    }
    const staleNames = worksheets.items.map((s) => s.name).filter((n) => n.startsWith(TEMP_SHEET_PREFIX));
    return { protectedWorkbook: protection.protected, collisions, existing, staleNames };
  };
}

/** The sheets among `names` that carry a pending marker (one sync, none when `names` is empty). */
async function pendingSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const markers = names.map((name) => ({
    name,
    marker: context.workbook.worksheets
      .getItem(name)
      .customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY)
      .load('value'),
  }));
  await context.sync();
  return markers
    .filter(({ marker }) => !marker.isNullObject && marker.value.startsWith(PENDING))
    .map((m) => m.name);
}

/**
 * Deletes the sheets this write has just added (all of them exist: their sync succeeded) and reports `reason`: one
 * sync. If Excel refuses, the clean-up by name and pending marker takes over.
 */
async function discard(
  context: Excel.RequestContext,
  sheets: readonly NewSheet[],
  tempNames: readonly string[],
  reason: PortError,
): Promise<PortResult<WriteSummary>> {
  try {
    sheets.forEach((sheet) => sheet.proxy.delete());
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    return { ok: false, error: withLeftovers(reason, tempNames) };
  }
  return { ok: false, error: reason };
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

async function writeNewSheets(job: WriteJob, staleNames: readonly string[]): Promise<Written> {
  const { context, plan, tempNames, pending, budget, options } = job;
  const renames = new Map(
    plan.sheets.flatMap((s, i) => {
      const temp = tempNames[i];
      return temp === undefined ? [] : [[s.name.toLowerCase(), temp] as const];
    }),
  );
  const batcher = new SyncBatcher(
    context,
    budget,
    () => context.application.suspendScreenUpdatingUntilNextSync(),
    () => options.onProgress?.(0.1),
  );
  const sheets: NewSheet[] = [];
  for (const [i, write] of plan.sheets.entries()) {
    const tempName = tempNames[i] ?? `${TEMP_SHEET_PREFIX}${i}`;
    await batcher.add(128, () => {
      const proxy = context.workbook.worksheets.add(tempName);
      // Marked at once, so that even a half-written sheet is recognisably ours.
      proxy.customProperties.add(OUTPUT_MARKER_KEY, pending);
      proxy.load('id');
      sheets.push({ finalName: write.name, tempName, proxy, table: undefined, tableName: write.table?.name });
    });
  }
  const checks: { sheet: string; range: VerifyRange; proxy: Excel.Range }[] = [];
  for (const [i, write] of plan.sheets.entries()) {
    const sheet = sheets[i];
    if (!sheet) throw new InvariantError(`sheet ${i} of the plan was not added`);
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
    const sheet = sheets[i];
    if (n.isNullObject || !sheet) return;
    n.name = sheet.finalName;
    n.customProperties.add(OUTPUT_MARKER_KEY, marker);
  });
  for (const sheet of sheets) if (sheet.table && sheet.tableName) sheet.table.name = sheet.tableName;
  news.find((n) => !n.isNullObject)?.activate();
  await context.sync();
}

/**
 * Deletes the new sheets of a failed write — only those that carry this write's pending marker — and reports the
 * original failure, or that the workbook is protected when `checkProtection` finds it so (a speculative write
 * meets protection as a failed sync, not as an inspection). A programmer error is rethrown after the clean-up.
 */
async function rollBack(
  context: Excel.RequestContext,
  tempNames: readonly string[],
  pending: string,
  error: unknown,
  reason?: PortError,
  checkProtection = false,
): Promise<PortResult<WriteSummary>> {
  let failure = reason ?? (isOfficeError(error) ? toPortError(error) : undefined);
  try {
    const probes = tempNames.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const marker = sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY);
      marker.load('value');
      return { sheet, marker };
    });
    const protection = checkProtection ? context.workbook.protection.load('protected') : undefined;
    await context.sync();
    if (failure && protection?.protected) failure = portError('protected');
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
