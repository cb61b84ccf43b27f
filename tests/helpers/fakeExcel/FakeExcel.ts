import { type ExcelHost } from '../../../src/excel/ExcelHost';
import { EventRegistry } from './EventRegistry';
import { FakeOfficeError } from './FakeOfficeError';
import { FakeRequestContext, type FakeExcelCore } from './FakeRequestContext';
import { emptyStats, type FakeStats } from './FakeStats';
import { FakeWorkbookModel } from './FakeWorkbookModel';

/** An error to raise at a given sync: after `afterOps` of its operations have been applied (0 = none). */
export interface FaultInjection {
  readonly atSync: number;
  readonly code: string;
  readonly afterOps?: number;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host claims (requirement-set detection). */
  readonly apiVersion?: string;
  /** Per request and per response, like Excel on the web (5 MB). */
  readonly payloadLimitBytes?: number;
}

/**
 * A strict in-memory Excel for adapter tests: reads of unloaded properties throw, writes apply only at sync(),
 * operations of a failing batch before the failure stay applied (as in Excel), syncs and cells are counted, and
 * OfficeExtension.Error codes can be injected at any sync.
 */
export class FakeExcel implements FakeExcelCore {
  readonly model = new FakeWorkbookModel();
  readonly stats: FakeStats = emptyStats();
  readonly events = new EventRegistry();
  readonly host: ExcelHost;
  private readonly faults: FaultInjection[] = [];
  private readonly apiVersion: string;
  payloadLimitBytes: number;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.20';
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5 * 1024 * 1024;
    this.host = {
      run: async <T>(
        batch: (context: Excel.RequestContext) => Promise<T>,
        context?: Excel.RequestContext,
      ) => {
        const ctx = context ? (context as unknown as FakeRequestContext) : new FakeRequestContext(this);
        try {
          const result = await batch(ctx as unknown as Excel.RequestContext);
          // Excel.run flushes whatever the batch left queued: that costs a sync too.
          if (ctx.pending > 0) await ctx.sync();
          return result;
        } finally {
          ctx.take();
        }
      },
      isSetSupported: (name, version) =>
        name === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0,
    };
  }

  /** Raises `code` at sync number `atSync` (counted from the fake's creation, 1-based). */
  inject(fault: FaultInjection): void {
    this.faults.push(fault);
  }

  async sync(context: FakeRequestContext): Promise<void> {
    await Promise.resolve();
    const ops = context.take();
    const n = ++this.stats.syncs;
    this.stats.opsPerSync.push(ops.length);
    const faultIndex = this.faults.findIndex((f) => f.atSync === n);
    const fault = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0] : undefined;
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    try {
      if (requestBytes > this.payloadLimitBytes) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `Request of ${requestBytes} bytes is too large.`,
        );
      }
      const commits: (() => void)[] = [];
      let responseBytes = 0;
      ops.forEach((op, i) => {
        if (fault && i === (fault.afterOps ?? 0)) throw injected(fault, op.label);
        const result = op.apply();
        responseBytes += result.responseBytes;
        if (result.commit) commits.push(result.commit);
      });
      if (fault) throw injected(fault, 'after the last operation');
      this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, responseBytes);
      if (responseBytes > this.payloadLimitBytes) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `Response of ${responseBytes} bytes is too large.`,
        );
      }
      commits.forEach((commit) => commit());
    } finally {
      this.deliverEvents();
    }
  }

  /** A simulated user action (adding, renaming, deleting, activating a sheet) with its events. */
  userAction(action: (model: FakeWorkbookModel) => void): void {
    action(this.model);
    this.deliverEvents();
  }

  private deliverEvents(): void {
    const events = this.model.pendingEvents.splice(0);
    this.events.deliver(events);
  }
}

function injected(fault: FaultInjection, where: string): FakeOfficeError {
  return new FakeOfficeError(fault.code, `Injected ${fault.code} at sync ${fault.atSync}`, where);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
