/**
 * Packs queued Office.js operations into as few syncs as the payload budget allows: an operation that would push
 * the current batch over the budget first syncs what is queued. `beforeBatch` runs at the start of each batch
 * (screen updating is suspended per batch, "until next sync").
 */
export class SyncBatcher {
  private bytes = 0;
  private operations = 0;
  /** Syncs made so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes: number,
    private readonly beforeBatch: () => void = () => undefined,
    private readonly afterSync: () => void = () => undefined,
  ) {}

  /** Queues `queue()` (estimated at `bytes` of request payload) into the current or a fresh batch. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.operations > 0 && this.bytes + bytes > this.budgetBytes) await this.flush();
    if (this.operations === 0) this.beforeBatch();
    queue();
    this.bytes += bytes;
    this.operations++;
  }

  /** Syncs whatever is queued. */
  async flush(): Promise<void> {
    if (this.operations === 0) return;
    this.bytes = 0;
    this.operations = 0;
    await this.context.sync();
    this.syncs++;
    this.afterSync();
  }
}
