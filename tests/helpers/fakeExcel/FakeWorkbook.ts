import { FakeClientObject } from './FakeClientObject';
import { FakeCustomXmlPartCollection } from './FakeCustomXmlParts';
import { FakeRange } from './FakeRange';
import { type FakeRequestContext } from './FakeRequestContext';
import { FakeWorksheetCollection } from './FakeWorksheetCollection';
import { type FakeWorkbookModel } from './FakeWorkbookModel';
import { requireRange } from '../../../src/domain/a1/requireRange';

/** context.workbook */
export class FakeWorkbook extends FakeClientObject<FakeWorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    super(context, 'Workbook', () => context.model);
    this.worksheets = new FakeWorksheetCollection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  /** The selected range of the active sheet. */
  getSelectedRange(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, 'Workbook.getSelectedRange()', () => {
      const sheet = model.sheetById(model.selection.sheetId || model.activeSheetId);
      return { sheet, rect: requireRange(model.selection.address) };
    });
  }

  protected canLoad(): boolean {
    return false;
  }

  protected readProperty(): unknown {
    return undefined;
  }
}

/** context.workbook.protection: the fake models an unprotected workbook unless a test sets `protectedWorkbook`. */
export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorkbookProtection', () => context.model);
  }

  get protected(): boolean {
    return this.loaded<boolean>('protected');
  }

  protected canLoad(prop: string): boolean {
    return prop === 'protected';
  }

  protected readProperty(model: FakeWorkbookModel): unknown {
    return model.protectedWorkbook;
  }
}

/** context.application */
export class FakeApplication extends FakeClientObject<FakeWorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, 'Application', () => context.model);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queue('suspendScreenUpdatingUntilNextSync()', 16, () => {
      this.context.core.stats.screenUpdatingSuspended++;
    });
  }

  protected canLoad(): boolean {
    return false;
  }

  protected readProperty(): unknown {
    return undefined;
  }
}
