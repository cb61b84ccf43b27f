import { requireRange } from '../../../src/domain/a1/requireRange';
import { FakeClientObject } from './FakeClientObject';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeRange } from './FakeRange';
import { type FakeRequestContext } from './FakeRequestContext';
import {
  FakeCustomPropertyCollection,
  FakeFreezePanes,
  FakePageLayout,
  FakeTableCollection,
} from './FakeWorksheetParts';
import { type FakeSheet } from './FakeWorkbookModel';

const LOADABLE = ['name', 'id', 'visibility', 'position'] as const;

/** Excel.Worksheet look-alike. */
export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly customProperties: FakeCustomPropertyCollection;
  readonly tables: FakeTableCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(
    context: FakeRequestContext,
    objectName: string,
    resolver: () => FakeSheet | null,
    orNull = false,
  ) {
    super(context, objectName, resolver, orNull);
    this.customProperties = new FakeCustomPropertyCollection(context, this);
    this.tables = new FakeTableCollection(context, this);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(value: string) {
    this.queue(`name=${value}`, 32 + value.length, (sheet) => {
      if (this.context.model.protectedWorkbook)
        throw new FakeOfficeError('AccessDenied', 'The workbook is protected.');
      this.context.model.renameSheet(sheet, value);
    });
  }

  get id(): string {
    return this.loaded('id');
  }

  get visibility(): string {
    return this.loaded('visibility');
  }

  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queue(`visibility=${value}`, 32, (sheet) => {
      sheet.visibility = value;
    });
  }

  get position(): number {
    return this.loaded('position');
  }

  getRange(address: string): FakeRange {
    const rect = requireRange(address);
    return new FakeRange(this.context, `${this.objectName}.getRange(${address})`, () => {
      const sheet = this.resolve();
      return sheet ? { sheet, rect } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.objectName}.getUsedRangeOrNullObject()`,
      () => {
        const sheet = this.resolve();
        const rect = sheet && this.context.model.usedRect(sheet, valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  delete(): void {
    this.queue('delete()', 16, (sheet) => {
      if (this.context.model.protectedWorkbook)
        throw new FakeOfficeError('AccessDenied', 'The workbook is protected.');
      this.context.model.deleteSheet(sheet);
    });
  }

  activate(): void {
    this.queue('activate()', 16, (sheet) => this.context.model.activate(sheet));
  }

  /** For collections: which properties an item may load, and their values. */
  loadable(prop: string): boolean {
    return (LOADABLE as readonly string[]).includes(prop);
  }

  propertyOf(sheet: FakeSheet, prop: string): unknown {
    return this.readProperty(sheet, prop);
  }

  protected override isGone(sheet: FakeSheet): boolean {
    return sheet.deleted;
  }

  protected canLoad(prop: string): boolean {
    return this.loadable(prop);
  }

  protected readProperty(sheet: FakeSheet, prop: string): unknown {
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'visibility':
        return sheet.visibility;
      default:
        return this.context.model.sheets.indexOf(sheet);
    }
  }
}
