import { FakeOfficeError, propertyNotLoaded } from './FakeOfficeError';
import { type FakeRequestContext } from './FakeRequestContext';

/** One queued action of a batch. `apply` runs at sync; `commit` makes loaded values visible after the sync. */
export interface FakeOp {
  readonly label: string;
  readonly requestBytes: number;
  apply(): { readonly responseBytes: number; readonly commit?: () => void };
}

/** Rough JSON size of a value: what the payload counters and limits measure. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/**
 * Base of every fake proxy. Like OfficeExtension.ClientObject it is a handle resolved at sync time; properties
 * are readable only after load() and a successful sync(), and reading anything else throws PropertyNotLoaded.
 */
export abstract class FakeClientObject<E extends object> {
  private readonly loadedProps = new Map<string, unknown>();
  private loadedOnce = false;
  private isNull = false;
  private cached: E | null | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly objectName: string,
    private readonly resolver: () => E | null,
    private readonly orNull = false,
  ) {}

  get isNullObject(): boolean {
    if (!this.loadedOnce) throw propertyNotLoaded(this.objectName, 'isNullObject');
    return this.isNull;
  }

  /** Loads the named properties ("a,b" or ["a", "b"]); an unknown name is a programmer error and throws now. */
  load(spec: string | readonly string[]): this {
    const names = (typeof spec === 'string' ? spec.split(',') : [...spec])
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0)
      throw new Error(`${this.objectName}.load() needs property names (no empty loads)`);
    for (const n of names) {
      if (!this.canLoad(n)) throw new Error(`${this.objectName} has no loadable property '${n}'`);
    }
    this.context.enqueue({
      label: `${this.objectName}.load(${names.join(',')})`,
      requestBytes: 32 + names.join(',').length,
      apply: () => {
        const entity = this.resolve();
        if (entity === null) return { responseBytes: 16, commit: () => this.accept(null) };
        const values = new Map(names.map((n) => [n, this.readProperty(entity, n)]));
        return { responseBytes: jsonBytes([...values.values()]), commit: () => this.accept(values) };
      },
    });
    return this;
  }

  /** The entity behind this proxy; throws ItemNotFound like Excel when it does not exist (unless *OrNullObject). */
  resolve(): E | null {
    if (this.cached === undefined || (this.cached !== null && this.isGone(this.cached))) {
      this.cached = this.resolver();
    }
    if (this.cached === null && !this.orNull) {
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`, this.objectName);
    }
    return this.cached;
  }

  /** Called by collections when they load items: the item arrives already loaded. */
  accept(values: Map<string, unknown> | null): void {
    this.loadedOnce = true;
    this.isNull = values === null;
    if (values) for (const [k, v] of values) this.loadedProps.set(k, v);
  }

  protected target(): E {
    const entity = this.resolve();
    if (entity === null)
      throw new FakeOfficeError('ItemNotFound', 'Operation on a null object.', this.objectName);
    return entity;
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) throw propertyNotLoaded(this.objectName, prop);
    return this.loadedProps.get(prop) as T;
  }

  /** Queues a write/method; it touches the workbook only when the batch is synced. */
  protected queue(label: string, requestBytes: number, action: (entity: E) => void): void {
    this.context.enqueue({
      label: `${this.objectName}.${label}`,
      requestBytes,
      apply: () => {
        action(this.target());
        return { responseBytes: 8 };
      },
    });
  }

  protected isGone(_entity: E): boolean {
    return false;
  }

  protected abstract canLoad(prop: string): boolean;
  protected abstract readProperty(entity: E, prop: string): unknown;
}
