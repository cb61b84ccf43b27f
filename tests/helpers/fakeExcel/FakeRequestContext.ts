import { type FakeOp } from './FakeClientObject';
import { type FakeWorkbookModel } from './FakeWorkbookModel';
import { FakeApplication, FakeWorkbook } from './FakeWorkbook';
import { type FakeStats } from './FakeStats';
import { type EventRegistry } from './EventRegistry';

/** What a context needs from the fake Excel that owns it. */
export interface FakeExcelCore {
  readonly model: FakeWorkbookModel;
  readonly stats: FakeStats;
  readonly events: EventRegistry;
  sync(context: FakeRequestContext): Promise<void>;
}

/** Excel.RequestContext look-alike: proxies queue operations here; sync() hands them to the fake Excel. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queued: FakeOp[] = [];

  constructor(readonly core: FakeExcelCore) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get model(): FakeWorkbookModel {
    return this.core.model;
  }

  get pending(): number {
    return this.queued.length;
  }

  enqueue(op: FakeOp): void {
    this.queued.push(op);
  }

  take(): FakeOp[] {
    const ops = this.queued;
    this.queued = [];
    return ops;
  }

  sync(): Promise<void> {
    return this.core.sync(this);
  }
}
