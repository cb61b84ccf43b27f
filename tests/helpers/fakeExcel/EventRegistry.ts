import { type SheetEventType } from './FakeWorkbookModel';

type Handler = (args: {
  type: SheetEventType;
  worksheetId: string;
  source: 'Local';
}) => Promise<unknown> | void;

/** Registered sheet event handlers; events are delivered asynchronously after the sync that caused them. */
export class EventRegistry {
  private readonly handlers = new Map<number, { type: SheetEventType; handler: Handler }>();
  private nextId = 1;
  /** Errors thrown by handlers, kept so that tests can assert there were none. */
  readonly handlerErrors: unknown[] = [];

  add(type: SheetEventType, handler: Handler): number {
    const id = this.nextId++;
    this.handlers.set(id, { type, handler });
    return id;
  }

  remove(id: number): void {
    this.handlers.delete(id);
  }

  get count(): number {
    return this.handlers.size;
  }

  deliver(events: readonly { type: SheetEventType; worksheetId: string }[]): void {
    for (const event of events) {
      for (const { type, handler } of this.handlers.values()) {
        if (type !== event.type) continue;
        queueMicrotask(() => {
          Promise.resolve(handler({ ...event, source: 'Local' })).catch((e: unknown) =>
            this.handlerErrors.push(e),
          );
        });
      }
    }
  }
}
