import { FakeClientObject } from './FakeClientObject';
import { FakeOfficeError, propertyNotLoaded } from './FakeOfficeError';
import { type FakeRequestContext } from './FakeRequestContext';
import { FakeWorksheet } from './FakeWorksheet';
import { type FakeSheet, type FakeWorkbookModel, type SheetEventType } from './FakeWorkbookModel';

type Handler = Parameters<FakeRequestContext['core']['events']['add']>[1];

/** context.workbook.worksheets */
export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookModel> {
  private loadedItems: FakeWorksheet[] | undefined;
  readonly onAdded = new FakeEventHandlers(this.context, 'WorksheetAdded');
  readonly onDeleted = new FakeEventHandlers(this.context, 'WorksheetDeleted');
  readonly onActivated = new FakeEventHandlers(this.context, 'WorksheetActivated');
  readonly onNameChanged = new FakeEventHandlers(this.context, 'WorksheetNameChanged');

  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection', () => context.model);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.objectName, 'items');
    return this.loadedItems;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `Worksheet(${key})`,
      () => this.context.model.findSheet(key) ?? null,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `Worksheet?(${key})`,
      () => this.context.model.findSheet(key) ?? null,
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, 'ActiveWorksheet', () => model.sheetById(model.activeSheetId));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const sheet = new FakeWorksheet(this.context, `Worksheet+(${name})`, () => created);
    this.queue(`add(${name})`, 32 + name.length, (model) => {
      if (model.protectedWorkbook) throw new FakeOfficeError('AccessDenied', 'The workbook is protected.');
      created = model.createSheet(name);
    });
    return sheet;
  }

  /** Loads items with the given properties: "items/name,items/visibility" or the short form "name,visibility". */
  override load(spec: string | readonly string[]): this {
    const names = (typeof spec === 'string' ? spec.split(',') : [...spec])
      .map((s) => s.trim().replace(/^items\//, ''))
      .filter(Boolean);
    const probe = new FakeWorksheet(this.context, 'probe', () => null);
    for (const n of names)
      if (!probe.loadable(n)) throw new Error(`Worksheet has no loadable property '${n}'`);
    this.context.enqueue({
      label: `WorksheetCollection.load(${names.join(',')})`,
      requestBytes: 40,
      apply: () => {
        const sheets = [...this.context.model.sheets];
        const items = sheets.map((s) => {
          const item = new FakeWorksheet(this.context, `Worksheet(${s.name})`, () => (s.deleted ? null : s));
          return { item, values: new Map(names.map((n) => [n, item.propertyOf(s, n)])) };
        });
        const bytes = JSON.stringify(items.map((i) => [...i.values.values()])).length;
        return {
          responseBytes: bytes,
          commit: () => {
            items.forEach(({ item, values }) => item.accept(values));
            this.loadedItems = items.map((i) => i.item);
          },
        };
      },
    });
    return this;
  }

  protected canLoad(): boolean {
    return false;
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** OfficeExtension.EventHandlers look-alike; add() registers at sync, as in Office.js. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly type: SheetEventType,
  ) {}

  add(handler: Handler): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue({
      label: `on${this.type}.add`,
      requestBytes: 32,
      apply: () => {
        result.id = this.context.core.events.add(this.type, handler);
        return { responseBytes: 8 };
      },
    });
    return result;
  }
}

export class FakeEventHandlerResult {
  id = 0;
  constructor(readonly context: FakeRequestContext) {}

  remove(): void {
    this.context.enqueue({
      label: 'EventHandlerResult.remove',
      requestBytes: 16,
      apply: () => {
        this.context.core.events.remove(this.id);
        return { responseBytes: 8 };
      },
    });
  }
}
