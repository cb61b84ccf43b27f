import { requireRange } from '../../../src/domain/a1/requireRange';
import { FakeClientObject } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { type FakeRequestContext } from './FakeRequestContext';
import { type FakeWorksheet } from './FakeWorksheet';
import { type FakeSheet, type FakeTable } from './FakeWorkbookModel';

interface PropertyEntity {
  readonly sheet: FakeSheet;
  readonly key: string;
}

/** worksheet.customProperties (ExcelApi 1.12). */
export class FakeCustomPropertyCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  /** Adds or overwrites, as Excel does. */
  add(key: string, value: string): FakeCustomProperty {
    this.context.enqueue({
      label: `customProperties.add(${key})`,
      requestBytes: 32 + key.length + value.length,
      apply: () => {
        if (key.length > 255) throw new FakeOfficeError('InvalidArgument', 'Custom property key too long.');
        this.sheet.resolve()!.customProperties.set(key, value);
        return { responseBytes: 8 };
      },
    });
    return this.getItem(key);
  }

  getItem(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, key, () => this.entity(key), false);
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, key, () => this.entity(key), true);
  }

  private entity(key: string): PropertyEntity | null {
    const sheet = this.sheet.resolve();
    return sheet && sheet.customProperties.has(key) ? { sheet, key } : null;
  }
}

export class FakeCustomProperty extends FakeClientObject<PropertyEntity> {
  constructor(
    context: FakeRequestContext,
    key: string,
    resolver: () => PropertyEntity | null,
    orNull: boolean,
  ) {
    super(context, `WorksheetCustomProperty(${key})`, resolver, orNull);
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): string {
    return this.loaded('value');
  }

  set value(value: string) {
    this.queue('value=', 32 + value.length, (e) => e.sheet.customProperties.set(e.key, value));
  }

  delete(): void {
    this.queue('delete()', 16, (e) => e.sheet.customProperties.delete(e.key));
  }

  protected canLoad(prop: string): boolean {
    return prop === 'key' || prop === 'value';
  }

  protected readProperty(e: PropertyEntity, prop: string): unknown {
    return prop === 'key' ? e.key : e.sheet.customProperties.get(e.key);
  }
}

/** worksheet.tables */
export class FakeTableCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  add(address: string, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    const table = new FakeTableProxy(this.context, () => created);
    this.context.enqueue({
      label: `tables.add(${address})`,
      requestBytes: 48,
      apply: () => {
        const sheet = this.sheet.resolve()!;
        const rect = requireRange(address.includes('!') ? address.split('!')[1]! : address);
        const model = this.context.model;
        const overlaps = model.tables.some((t) => {
          if (t.sheetId !== sheet.id) return false;
          const o = requireRange(t.address);
          return !(
            o.endRow < rect.startRow ||
            o.startRow > rect.endRow ||
            o.endCol < rect.startCol ||
            o.startCol > rect.endCol
          );
        });
        if (overlaps) throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
        if (!hasHeaders)
          throw new FakeOfficeError('InvalidArgument', 'The fake supports tables with headers only.');
        let n = model.tables.length + 1;
        while (model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        created = {
          sheetId: sheet.id,
          name: `Table${n}`,
          address: address.includes('!') ? address.split('!')[1]! : address,
        };
        model.tables.push(created);
        model.touch();
        return { responseBytes: 8 };
      },
    });
    return table;
  }
}

export class FakeTableProxy extends FakeClientObject<FakeTable> {
  constructor(context: FakeRequestContext, resolver: () => FakeTable | null) {
    super(context, 'Table', resolver);
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(value: string) {
    this.queue(`name=${value}`, 32, (table) => {
      const clash = this.context.model.tables.find(
        (t) => t !== table && t.name.toLowerCase() === value.toLowerCase(),
      );
      if (clash) throw new FakeOfficeError('ItemAlreadyExists', `A table named ${value} exists.`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value) || value.length > 255) {
        throw new FakeOfficeError('InvalidArgument', `Invalid table name: ${value}`);
      }
      table.name = value;
    });
  }

  set style(value: string) {
    this.queue(`style=${value}`, 32, (table) => {
      table.style = value;
    });
  }

  protected override isGone(table: FakeTable): boolean {
    return !this.context.model.tables.includes(table);
  }

  protected canLoad(prop: string): boolean {
    return prop === 'name';
  }

  protected readProperty(table: FakeTable): unknown {
    return table.name;
  }
}

/** worksheet.freezePanes (ExcelApi 1.7). */
export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  freezeRows(count: number): void {
    this.context.enqueue({
      label: `freezeRows(${count})`,
      requestBytes: 24,
      apply: () => {
        this.sheet.resolve()!.freezeRows = count;
        return { responseBytes: 8 };
      },
    });
  }
}

const PAGE_LAYOUT_PROPS = ['orientation', 'paperSize', 'zoom'];
const HEADER_FOOTER_PROPS = [
  'centerHeader',
  'centerFooter',
  'leftHeader',
  'leftFooter',
  'rightHeader',
  'rightFooter',
];

/**
 * worksheet.pageLayout (ExcelApi 1.9), loadable like the real one. Excel's default zoom is 100 %; setting only
 * horizontalFitToPages leaves "fit to … pages tall" at its default of 1, as the Page Setup dialog shows.
 */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  readonly headersFooters: { readonly defaultForAllPages: FakeHeaderFooter };

  constructor(context: FakeRequestContext, sheet: FakeWorksheet) {
    super(context, 'PageLayout', () => sheet.resolve());
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(context, sheet) };
  }

  get orientation(): string {
    return this.loaded('orientation');
  }
  set orientation(value: string) {
    this.queue('orientation=', 32, (sheet) => (sheet.pageLayout.orientation = value));
  }

  get paperSize(): string {
    return this.loaded('paperSize');
  }
  set paperSize(value: string) {
    this.queue('paperSize=', 32, (sheet) => (sheet.pageLayout.paperSize = value));
  }

  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.loaded('zoom');
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue('zoom=', 48, (sheet) => {
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      sheet.pageLayout.zoom = fit
        ? {
            horizontalFitToPages: value.horizontalFitToPages ?? 1,
            verticalFitToPages: value.verticalFitToPages ?? 1,
          }
        : { scale: value.scale ?? 100 };
    });
  }

  protected canLoad(prop: string): boolean {
    return PAGE_LAYOUT_PROPS.includes(prop);
  }

  protected readProperty(sheet: FakeSheet, prop: string): unknown {
    const stored = sheet.pageLayout[prop];
    if (stored !== undefined) return typeof stored === 'object' ? { ...stored } : stored;
    return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } }[prop];
  }
}

/** pageLayout.headersFooters.defaultForAllPages: Excel refuses a header or footer section over 255 characters. */
export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, sheet: FakeWorksheet) {
    super(context, 'HeaderFooter', () => sheet.resolve());
    for (const prop of HEADER_FOOTER_PROPS) {
      Object.defineProperty(this, prop, {
        get: () => this.loaded(prop),
        set: (value: string) =>
          this.queue(`${prop}=`, 32 + value.length, (s) => {
            if (value.length > 255)
              throw new FakeOfficeError('InvalidArgument', `The ${prop} is longer than 255 characters.`);
            s.pageLayout[`headersFooters.${prop}`] = value;
          }),
      });
    }
  }

  protected canLoad(prop: string): boolean {
    return HEADER_FOOTER_PROPS.includes(prop);
  }

  protected readProperty(sheet: FakeSheet, prop: string): unknown {
    return sheet.pageLayout[`headersFooters.${prop}`] ?? '';
  }
}
