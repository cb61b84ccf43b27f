import { type SheetPlan, type SheetWrite, type PlannedCell } from '../output/SheetPlan';
import { decideWrite, sheetNameKey, validateSheetName } from '../output/sheetWritePolicy';
import {
  type PortError,
  type PortResult,
  type ReadOptions,
  type SheetInfo,
  type WorkbookPort,
  type WriteOptions,
  type WriteSummary,
} from '../port/WorkbookPort';
import { type Cell, type Grid, GridBuilder } from '../workbook/Grid';
import { defined } from '../domain/errors';
import { PreviewCellError, PreviewSheetNameError, SavedVersionError } from './previewErrors';
import { cellAddress } from '../domain/a1/cellAddress';
import { type CellRect } from '../domain/a1/CellRect';
import { parseCellRef } from '../domain/a1/parseCellRef';
import { parseRangeAddress } from '../domain/a1/parseRangeAddress';
import { rangeAddress } from '../domain/a1/rangeAddress';
import { PORT_ERROR_MESSAGES, PORT_MESSAGES } from '../port/portMessages';

/** One sheet of the in-memory workbook. Cells are sparse: only non-empty cells are stored. */
interface PreviewSheet {
  name: string;
  visible: boolean;
  /** The output marker value, for sheets the add-in wrote (a saved workbook may carry it as absent). */
  marker?: string | undefined;
  cells: Map<string, Cell>;
  bold: Set<string>;
  /** Merged areas (A1) and hidden rows (0-based), as a user made them. */
  merged?: string[];
  hiddenRows?: number[];
  /** What the add-in asked for beyond values (tables, links, formats), kept for tests and the view. */
  write?: SheetWrite | undefined;
}

/** Options for a sheet added directly (samples, tests). */
export interface AddSheetOptions {
  /** A1 addresses of cells to show bold. */
  readonly bold?: readonly string[];
  readonly visible?: boolean;
  /** Top-left cell of `rows`; default A1. */
  readonly at?: string;
  /** Merged areas (A1), reported by readSheet like Excel's. */
  readonly merged?: readonly string[];
  /** Hidden rows (0-based sheet rows), reported by readSheet. */
  readonly hiddenRows?: readonly number[];
}

/** The JSON shape of a saved preview workbook (see `serialize`). */
interface SerializedWorkbook {
  readonly version: 1;
  readonly active: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly state: Record<string, string>;
  readonly sheets: readonly {
    readonly name: string;
    readonly visible: boolean;
    readonly marker?: string;
    readonly cells: readonly [number, number, Cell][];
    readonly bold: readonly string[];
    readonly write?: SheetWrite;
  }[];
}

/**
 * An in-memory workbook that behaves like Excel behind the WorkbookPort: the browser preview, the component
 * tests and the end-to-end tests all run the task pane against it.
 */
export class PreviewWorkbook implements WorkbookPort {
  private sheets: PreviewSheet[] = [];
  private active: string | null = null;
  private selection: { sheet: string; address: string } | null = null;
  private readonly state = new Map<string, string>();
  private readonly sheetListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();

  /** Adds a sheet from rows of cells (for samples and tests); the first sheet added becomes active. */
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<Cell>>, options: AddSheetOptions = {}): void {
    if (validateSheetName(name) || this.find(name)) throw new PreviewSheetNameError(name);
    const at = options.at ?? 'A1';
    const origin = localCell(at);
    if (!origin) throw new PreviewCellError(at);
    const cells = new Map<string, Cell>();
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isBlank(cell)) cells.set(key(origin.row + r, origin.col + c), cell);
      }),
    );
    this.sheets.push({
      name,
      visible: options.visible ?? true,
      cells,
      bold: new Set(options.bold ?? []),
      ...(options.merged ? { merged: [...options.merged] } : {}),
      ...(options.hiddenRows ? { hiddenRows: [...options.hiddenRows] } : {}),
    });
    this.active ??= name;
    this.emitSheets();
  }

  /** Deletes a sheet, as the user does from its tab; false when there is none of that name. */
  removeSheet(name: string): boolean {
    const sheet = this.find(name);
    if (!sheet) return false;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet.name) this.active = this.sheets[0]?.name ?? null;
    if (this.selection?.sheet === sheet.name) this.selection = null;
    this.emitSheets();
    return true;
  }

  /** Forgets the saved state of a key. */
  removeState(stateKey: string): void {
    this.state.delete(stateKey);
  }

  /** Puts one cell (a user's edit); an empty cell clears it. */
  setCell(sheet: string, address: string, cell: Cell): void {
    const target = this.find(sheet);
    const pos = localCell(address);
    if (!target || !pos) throw new PreviewCellError(`${sheet}!${address}`);
    if (isBlank(cell)) target.cells.delete(key(pos.row, pos.col));
    else target.cells.set(key(pos.row, pos.col), cell);
    this.emitChange();
  }

  /** Makes a sheet active, as clicking its tab does. */
  activate(name: string): boolean {
    const sheet = this.find(name);
    if (!sheet) return false;
    if (this.active !== sheet.name) {
      this.active = sheet.name;
      this.emitSheets();
    }
    return true;
  }

  /** Synchronous reads for the grid view. */
  sheetNames(): readonly SheetInfo[] {
    return this.sheets.map(toSheetInfo);
  }
  activeName(): string | null {
    return this.active;
  }
  currentSelection(): { readonly sheet: string; readonly address: string } | null {
    return this.selection;
  }
  peekSheet(name: string): Grid | undefined {
    const sheet = this.find(name);
    return sheet && toGrid(sheet);
  }
  isBold(name: string, address: string): boolean {
    return this.find(name)?.bold.has(address) ?? false;
  }
  /** What the add-in wrote to an output sheet beyond its values (tables, links, formats). */
  writtenAs(name: string): SheetWrite | undefined {
    return this.find(name)?.write;
  }

  /** Notified of every visible change (cells, active sheet, selection): the grid view re-renders. */
  onChanged(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  // ---- WorkbookPort ----

  listSheets(): Promise<PortResult<readonly SheetInfo[]>> {
    return settle(() => {
      return ok(this.sheetNames());
    });
  }

  activeSheet(): Promise<PortResult<string>> {
    return settle(() => {
      return this.active === null ? fail('not-found', PORT_MESSAGES.sheetNotFound('')) : ok(this.active);
    });
  }

  readSheet(name: string, options: ReadOptions = {}): Promise<PortResult<Grid>> {
    return settle(() => {
      if (options.signal?.aborted) return fail('cancelled', PORT_ERROR_MESSAGES.cancelled);
      const sheet = this.find(name);
      if (!sheet) return fail('not-found', PORT_MESSAGES.sheetNotFound(name));
      options.onProgress?.(1);
      return ok(toGrid(sheet));
    });
  }

  getSelection(): Promise<PortResult<{ readonly sheet: string; readonly address: string }>> {
    return settle(() => {
      if (this.selection) return ok(this.selection);
      if (this.active === null) return fail('not-found', PORT_MESSAGES.sheetNotFound(''));
      return ok({ sheet: this.active, address: 'A1' });
    });
  }

  selectRange(sheet: string, address: string): Promise<PortResult<void>> {
    return settle(() => {
      const target = this.find(sheet);
      if (!target) return fail('not-found', PORT_MESSAGES.sheetNotFound(sheet));
      const range = parseRangeAddress(address);
      if (!range) return fail('general', PORT_MESSAGES.badAddress(address));
      const activeChanged = this.active !== target.name;
      this.active = target.name;
      this.selection = { sheet: target.name, address: rangeAddress(range) };
      if (activeChanged) this.emitSheets();
      else this.emitChange();
      return ok(undefined);
    });
  }

  writePlan(plan: SheetPlan, options: WriteOptions): Promise<PortResult<WriteSummary>> {
    return settle(() => {
      if (options.signal?.aborted) return fail('cancelled', PORT_ERROR_MESSAGES.cancelled);
      const problem = this.checkPlan(plan, options.replaceExisting);
      if (problem) return { ok: false, error: problem };
      // Build every new sheet first; only then touch the workbook, so a failure leaves it as it was.
      const built = plan.sheets.map((write) => buildSheet(write, plan.marker));
      // Like Excel's check after writing: a stated SUM result that the written cells do not give refuses the write.
      const wrong = built.map((sheet) => firstWrongSum(sheet)).find((w) => w !== undefined);
      if (wrong) return fail('general', PORT_MESSAGES.checkFailed(wrong));
      const replaced = this.previousOutput(plan).map((s) => s.name);
      this.sheets = this.sheets.filter((s) => !replaced.includes(s.name)).concat(built);
      if (this.active === null || replaced.includes(this.active)) this.active = built[0]?.name ?? null;
      if (this.selection && replaced.includes(this.selection.sheet)) this.selection = null;
      options.onProgress?.(1);
      this.emitSheets();
      return ok({
        written: built.map((s) => ({ sheet: s.name, range: usedRangeAddress(s) })),
        replaced,
      });
    });
  }

  loadState(stateKey: string): Promise<PortResult<string | null>> {
    return settle(() => {
      return ok(this.state.get(stateKey) ?? null);
    });
  }

  saveState(stateKey: string, json: string): Promise<PortResult<void>> {
    return settle(() => {
      this.state.set(stateKey, json);
      return ok(undefined);
    });
  }

  onSheetsChanged(listener: () => void): () => void {
    this.sheetListeners.add(listener);
    return () => this.sheetListeners.delete(listener);
  }

  // ---- save and reopen ----

  /** The whole workbook as JSON: what "save" keeps. */
  serialize(): string {
    const data: SerializedWorkbook = {
      version: 1,
      active: this.active,
      selection: this.selection,
      state: Object.fromEntries(this.state),
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visible: s.visible,
        ...(s.marker === undefined ? {} : { marker: s.marker }),
        cells: [...s.cells].map(([k, cell]) => [...parseKey(k), cell] as [number, number, Cell]),
        bold: [...s.bold],
        ...(s.write ? { write: s.write } : {}),
      })),
    };
    return JSON.stringify(data);
  }

  /** Reopens a workbook saved by `serialize`. */
  static deserialize(json: string): PreviewWorkbook {
    const data = JSON.parse(json) as SerializedWorkbook;
    if (data.version !== 1) throw new SavedVersionError(data.version);
    const book = new PreviewWorkbook();
    book.sheets = data.sheets.map((s) => ({
      name: s.name,
      visible: s.visible,
      marker: s.marker,
      cells: new Map(s.cells.map(([r, c, cell]) => [key(r, c), cell])),
      bold: new Set(s.bold),
      write: s.write,
    }));
    book.active = data.active;
    book.selection = data.selection;
    Object.entries(data.state).forEach(([k, v]) => book.state.set(k, v));
    return book;
  }

  // ---- private ----

  private find(name: string): PreviewSheet | undefined {
    // Excel compares sheet names without regard to case.
    const wanted = sheetNameKey(name);
    return this.sheets.find((s) => sheetNameKey(s.name) === wanted);
  }

  /** Output sheets this plan replaces: its own names, and earlier output of the same marker. */
  private previousOutput(plan: SheetPlan): PreviewSheet[] {
    const names = new Set(plan.sheets.map((w) => sheetNameKey(w.name)));
    return this.sheets.filter(
      (s) => s.marker !== undefined && (s.marker === plan.marker || names.has(sheetNameKey(s.name))),
    );
  }

  private checkPlan(plan: SheetPlan, replaceExisting: boolean): PortError | undefined {
    const existing = [
      ...plan.sheets.flatMap((w) => {
        const s = this.find(w.name);
        return s !== undefined && s.marker === undefined ? [{ name: s.name, ours: false }] : [];
      }),
      ...this.previousOutput(plan).map((s) => ({ name: s.name, ours: true })),
    ];
    const decision = decideWrite(existing, plan, replaceExisting);
    if (decision.kind === 'write') {
      const badBlock = plan.sheets.flatMap((w) => w.blocks).find((b) => !localCell(b.address));
      return badBlock ? { code: 'general', message: PORT_MESSAGES.badAddress(badBlock.address) } : undefined;
    }
    return {
      code: decision.code === 'bad-sheet-name' ? 'general' : decision.code,
      message: decision.message,
    };
  }

  private emitSheets(): void {
    this.sheetListeners.forEach((listener) => listener());
    this.emitChange();
  }

  private emitChange(): void {
    this.changeListeners.forEach((listener) => listener());
  }
}

/**
 * Runs a port method's synchronous body as a promise, as a real host answers: a throw (misuse) becomes a rejection,
 * never a synchronous exception at the call.
 */
function settle<T>(body: () => T): Promise<T> {
  return new Promise((resolve) => resolve(body()));
}

function ok<T>(value: T): PortResult<T> {
  return { ok: true, value };
}

function fail<T>(code: PortError['code'], message: PortError['message']): PortResult<T> {
  return { ok: false, error: { code, message } };
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function parseKey(k: string): [number, number] {
  const [r, c] = k.split(',').map(Number);
  return [defined(r, `row of cell key ${k}`), defined(c, `column of cell key ${k}`)];
}

function isBlank(cell: Cell): boolean {
  return cell.value.kind === 'empty' && cell.formula === undefined;
}

function toSheetInfo(sheet: PreviewSheet): SheetInfo {
  return { name: sheet.name, visible: sheet.visible, isOutput: sheet.marker !== undefined };
}

function bounds(sheet: PreviewSheet): CellRect | undefined {
  let range: CellRect | undefined;
  for (const k of sheet.cells.keys()) {
    const [row, col] = parseKey(k);
    range = range
      ? {
          startRow: Math.min(range.startRow, row),
          startCol: Math.min(range.startCol, col),
          endRow: Math.max(range.endRow, row),
          endCol: Math.max(range.endCol, col),
        }
      : { startRow: row, startCol: col, endRow: row, endCol: col };
  }
  return range;
}

function usedRangeAddress(sheet: PreviewSheet): string {
  const range = bounds(sheet);
  return range ? rangeAddress(range) : 'A1';
}

/** The used range as a Grid, like Excel's getUsedRange(): empty cells inside it are filled in. */
function toGrid(sheet: PreviewSheet): Grid {
  const range = bounds(sheet);
  if (!range) return new GridBuilder(sheet.name).build();
  const size = { rows: range.endRow - range.startRow + 1, cols: range.endCol - range.startCol + 1 };
  const grid = new GridBuilder(sheet.name, size);
  // Only the stored (non-empty) cells are written: the rest of the used range reads as empty.
  for (const [k, cell] of sheet.cells) {
    const [r, c] = parseKey(k);
    grid.set(r - range.startRow, c - range.startCol, cell);
  }
  return grid.build(
    {
      origin: { row: range.startRow, col: range.startCol },
      ...(sheet.hiddenRows?.length ? { hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b) } : {}),
      ...(sheet.merged?.length ? { merged: [...sheet.merged] } : {}),
    },
    size,
  );
}

/** Lays a SheetWrite out into cells, with formats applied and formula results cached. */
function buildSheet(write: SheetWrite, marker: string): PreviewSheet {
  const cells = new Map<string, Cell>();
  for (const block of write.blocks) {
    // checkPlan refused any plan with a bad block address before anything is built.
    const origin = defined(localCell(block.address), `block at ${block.address}`);
    block.rows.forEach((row, r) =>
      row.forEach((planned, c) => {
        const cell = toCell(planned);
        if (cell) cells.set(key(origin.row + r, origin.col + c), cell);
      }),
    );
  }
  for (const format of write.numberFormats)
    applyToRange(cells, format.range, (cell) => ({ ...cell, numberFormat: format.format }));
  fillMissingResults(cells);
  const bold = new Set<string>();
  for (const address of write.bold ?? []) forEachAddress(address, (a) => bold.add(a));
  return { name: write.name, visible: true, marker, cells, bold, write };
}

function toCell(planned: PlannedCell): Cell | undefined {
  switch (planned.kind) {
    case 'empty':
      return undefined;
    case 'text':
      return { value: { kind: 'text', value: planned.text } };
    case 'number':
      return { value: { kind: 'number', value: planned.value } };
    case 'formula': {
      const result = planned.result;
      const value: Cell['value'] =
        typeof result === 'number'
          ? { kind: 'number', value: result }
          : typeof result === 'string'
            ? { kind: 'text', value: result }
            : { kind: 'empty' };
      return { value, formula: planned.formula };
    }
  }
}

function applyToRange(cells: Map<string, Cell>, address: string, change: (cell: Cell) => Cell): void {
  const range = parseRangeAddress(address);
  if (!range) return;
  for (let r = range.startRow; r <= range.endRow; r++)
    for (let c = range.startCol; c <= range.endCol; c++) {
      const cell = cells.get(key(r, c));
      if (cell) cells.set(key(r, c), change(cell));
    }
}

function forEachAddress(address: string, visit: (a1: string) => void): void {
  const range = parseRangeAddress(address);
  if (!range) return;
  for (let r = range.startRow; r <= range.endRow; r++)
    for (let c = range.startCol; c <= range.endCol; c++) visit(cellAddress(r, c));
}

/** A formula written without a cached result: the preview evaluates plain =SUM(A1:B2), like Excel would. */
function fillMissingResults(cells: Map<string, Cell>): void {
  for (const [k, cell] of cells) {
    if (cell.formula === undefined || cell.value.kind !== 'empty') continue;
    const sum = plainSum(cells, cell.formula);
    if (sum !== undefined) cells.set(k, { ...cell, value: { kind: 'number', value: sum } });
  }
}

/** The value of a plain same-sheet =SUM(A1:B2) over the cells, or undefined for any other formula. */
function plainSum(cells: Map<string, Cell>, formula: string): number | undefined {
  const match = /^=SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?)\)$/i.exec(formula.replace(/\s/g, ''));
  const address = match?.[1];
  const range = address === undefined ? undefined : parseRangeAddress(address);
  if (!range) return undefined;
  let sum = 0;
  for (let r = range.startRow; r <= range.endRow; r++)
    for (let c = range.startCol; c <= range.endCol; c++) {
      const v = cells.get(key(r, c))?.value;
      if (v?.kind === 'number') sum += v.value;
    }
  return sum;
}

/** "Sheet!A1 shows 3 but should show 4" for the first plain SUM whose stated result is wrong. */
function firstWrongSum(sheet: PreviewSheet): { where: string; actual: number; expected: number } | undefined {
  for (const [k, cell] of sheet.cells) {
    if (cell.formula === undefined || cell.value.kind !== 'number') continue;
    const sum = plainSum(sheet.cells, cell.formula);
    if (sum === undefined || Math.abs(sum - cell.value.value) <= 1e-9 * Math.max(1, Math.abs(sum))) continue;
    const [row, col] = parseKey(k);
    return { where: `${sheet.name}!${cellAddress(row, col)}`, actual: sum, expected: cell.value.value };
  }
  return undefined;
}

/** A sheet-local cell address ("B3", "$B$3"); undefined for anything else, a sheet-qualified one included. */
function localCell(address: string): { row: number; col: number } | undefined {
  const ref = parseCellRef(address);
  return ref && ref.sheet === undefined ? ref : undefined;
}
