import { type SheetPlan, OUTPUT_MARKER_KEY } from '../output/SheetPlan';
import {
  type PortResult,
  type ReadOptions,
  type SheetInfo,
  type WorkbookPort,
  type WriteOptions,
  type WriteSummary,
} from '../port/WorkbookPort';
import { PORT_MESSAGES } from '../port/portMessages';
import { type Grid } from '../workbook/Grid';
import { sheetNameKey } from '../output/sheetWritePolicy';
import { splitSheetAddress } from '../domain/a1/splitSheetAddress';
import { requireRange } from '../domain/a1/requireRange';
import { type ExcelHost, officeExcelHost } from './ExcelHost';
import { readSheetGrid } from './readSheetGrid';
import { decodeStateXml, encodeStateXml, stateNamespace, stateSavedAt } from './stateXml';
import { isOfficeError, portError, toPortError } from './toPortError';
import { writeSheetPlan } from './writeSheetPlan';

export interface ExcelWorkbookPortOptions {
  /** Bytes per request to aim at (Excel on the web refuses 5 MB); smaller in tests to force chunking. */
  readonly budgetBytes?: number;
  /** Used ranges larger than this are refused with a message rather than read. */
  readonly maxReadCells?: number;
  /** Where errors from background work (event registration) go; they are never dropped. */
  readonly reportError?: (error: unknown) => void;
}

/**
 * The WorkbookPort on Office.js. Needs ExcelApi 1.12 (worksheet custom properties mark our output sheets);
 * sheet-rename events are used where ExcelApi 1.17 is available.
 *
 * State lives in custom XML parts (ExcelApi 1.5), one per key, rather than in document settings: parts are saved
 * in the file itself, independent of the add-in's manifest Id, are written by the same `sync()` as everything
 * else, and do not share the document settings' history of not persisting on some platforms.
 */
export class ExcelWorkbookPort implements WorkbookPort {
  private stateQueue: Promise<unknown> = Promise.resolve();
  /**
   * Sheet names (sheetNameKey) seen by the last listing or write, and whether each is our output. Only a forecast
   * for writePlan (a write it predicts to be refused inspects first rather than writing speculatively); what Excel
   * says in the write itself decides.
   */
  private knownSheets: Map<string, boolean> | undefined;

  constructor(
    private readonly host: ExcelHost = officeExcelHost(),
    private readonly options: ExcelWorkbookPortOptions = {},
  ) {}

  async listSheets(): Promise<PortResult<readonly SheetInfo[]>> {
    const result = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name,items/visibility');
      await context.sync();
      const probes = worksheets.items.map((sheet) => ({
        sheet,
        marker: sheet.customProperties.getItemOrNullObject(OUTPUT_MARKER_KEY).load('key'),
      }));
      await context.sync();
      return probes.map(({ sheet, marker }) => ({
        name: sheet.name,
        visible: sheet.visibility === 'Visible',
        isOutput: !marker.isNullObject,
      }));
    });
    if (result.ok) this.knownSheets = new Map(result.value.map((s) => [sheetNameKey(s.name), s.isOutput]));
    return result;
  }

  activeSheet(): Promise<PortResult<string>> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<PortResult<Grid>> {
    const result = await this.run((context) =>
      readSheetGrid(context, name, {
        ...options,
        ...(this.options.budgetBytes === undefined ? {} : { budgetBytes: this.options.budgetBytes }),
        ...(this.options.maxReadCells === undefined ? {} : { maxCells: this.options.maxReadCells }),
        readMerged: this.host.isSetSupported('ExcelApi', '1.13'),
      }),
    );
    if (!result.ok)
      return result.error.code === 'not-found' ? { ok: false, error: sheetMissing(name) } : result;
    return result.value;
  }

  getSelection(): Promise<PortResult<{ readonly sheet: string; readonly address: string }>> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      await context.sync();
      const { sheet, local } = splitSheetAddress(range.address);
      return { sheet: sheet ?? '', address: local };
    });
  }

  async selectRange(sheet: string, address: string): Promise<PortResult<void>> {
    requireRange(address); // a malformed address is our bug, not Excel's
    const result = await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
    return !result.ok && result.error.code === 'not-found'
      ? { ok: false, error: sheetMissing(sheet) }
      : result;
  }

  async writePlan(plan: SheetPlan, options: WriteOptions): Promise<PortResult<WriteSummary>> {
    const result = await this.run((context) =>
      writeSheetPlan(context, plan, {
        ...options,
        ...(this.options.budgetBytes === undefined ? {} : { budgetBytes: this.options.budgetBytes }),
        speculative: !this.predictsRefusal(plan, options.replaceExisting),
      }),
    );
    const outcome = result.ok ? result.value : result;
    if (outcome.ok && this.knownSheets)
      for (const s of plan.sheets) this.knownSheets.set(sheetNameKey(s.name), true);
    // After a refused or failed write the workbook may not be what the forecast says: forget it until the next listing.
    if (!outcome.ok) this.knownSheets = undefined;
    return outcome;
  }

  /** A plan sheet name known to be a user's sheet, or our output while replacing was not agreed. */
  private predictsRefusal(plan: SheetPlan, replaceExisting: boolean): boolean {
    const known = this.knownSheets;
    if (!known) return false;
    return plan.sheets.some((s) => {
      const ours = known.get(sheetNameKey(s.name));
      return ours === false || (ours === true && !replaceExisting);
    });
  }

  loadState(key: string): Promise<PortResult<string | null>> {
    const namespace = stateNamespace(key);
    return this.serialized(() =>
      this.run(async (context) => {
        const { newest, extras } = await readStateParts(context, namespace);
        if (extras.length > 0) {
          extras.forEach((p) => p.delete());
          await context.sync();
        }
        return newest ? decodeStateXml(newest.xml) : null;
      }),
    );
  }

  /**
   * Saves run one after another (a debounce timer, a step change and a write can overlap): two overlapping saves
   * on a workbook without a part would otherwise both add one, and from then on `getOnlyItemOrNullObject()`
   * returns null and the plans are never restored. Any extra parts of the key (co-authors) are deleted here.
   */
  saveState(key: string, json: string): Promise<PortResult<void>> {
    const namespace = stateNamespace(key);
    return this.serialized(() =>
      this.run(async (context) => {
        const xml = encodeStateXml(key, json, new Date().toISOString());
        const { newest, extras } = await readStateParts(context, namespace);
        if (newest) newest.part.setXml(xml);
        else context.workbook.customXmlParts.add(xml);
        extras.forEach((p) => p.delete());
        await context.sync();
      }),
    );
  }

  onSheetsChanged(listener: () => void): () => void {
    const report = this.options.reportError ?? ((error: unknown) => console.error(error));
    // Office.js wants a handler that returns a promise; the listener itself is synchronous.
    const handler = (): Promise<void> => {
      try {
        listener();
      } catch (error) {
        report(error);
      }
      return Promise.resolve();
    };
    const withRename = this.host.isSetSupported('ExcelApi', '1.17');
    const registration = this.host
      .run(async (context) => {
        const sheets = context.workbook.worksheets;
        const results = [
          sheets.onAdded.add(handler),
          sheets.onDeleted.add(handler),
          sheets.onActivated.add(handler),
        ];
        if (withRename) results.push(sheets.onNameChanged.add(handler));
        await context.sync();
        return { context, results };
      })
      .catch((error: unknown) => {
        report(error);
        return undefined;
      });
    return () => {
      void registration.then(async (registered) => {
        if (!registered) return;
        await this.host
          .run(async (context) => {
            registered.results.forEach((r) => r.remove());
            await context.sync();
          }, registered.context)
          .catch(report);
      });
    };
  }

  /** Queues `task` behind every earlier state load/save of this port (one promise chain). */
  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const next = this.stateQueue.then(task);
    this.stateQueue = next.catch(() => undefined);
    return next;
  }

  /** Runs a batch; Office errors become PortErrors, anything else (our bugs) is rethrown. */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<PortResult<T>> {
    try {
      return { ok: true, value: await this.host.run(batch) };
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      return { ok: false, error: toPortError(error) };
    }
  }
}

interface StateParts {
  readonly newest: { readonly part: Excel.CustomXmlPart; readonly xml: string } | undefined;
  readonly extras: readonly Excel.CustomXmlPart[];
}

/** Every part of the namespace (documented: `getOnlyItemOrNullObject` returns null when there are two), newest first. */
async function readStateParts(context: Excel.RequestContext, namespace: string): Promise<StateParts> {
  const parts = context.workbook.customXmlParts.getByNamespace(namespace).load('items/id');
  await context.sync();
  if (parts.items.length === 0) return { newest: undefined, extras: [] };
  const loaded = parts.items.map((part) => ({ part, result: part.getXml() }));
  await context.sync();
  // A ClientResult is filled by the sync itself; it has no load().
  const withXml = loaded.map(({ part, result }) => ({ part, xml: result.value }));
  // Newest stamp wins; equal stamps go to the part added last.
  const newest = withXml.reduce((best, p) => (stateSavedAt(p.xml) >= stateSavedAt(best.xml) ? p : best));
  return { newest, extras: withXml.filter((p) => p !== newest).map((p) => p.part) };
}

function sheetMissing(name: string): ReturnType<typeof portError> {
  return portError('not-found', PORT_MESSAGES.sheetGone(name));
}
