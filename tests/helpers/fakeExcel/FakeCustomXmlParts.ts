import { FakeClientObject, jsonBytes } from './FakeClientObject';
import { FakeOfficeError, propertyNotLoaded } from './FakeOfficeError';
import { type FakeRequestContext } from './FakeRequestContext';
import { type FakeXmlPart } from './FakeWorkbookModel';

/** OfficeExtension.ClientResult look-alike: `value` is readable only after the sync that fetched it. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) throw propertyNotLoaded('ClientResult', 'value');
    return this.result as T;
  }

  settle(value: T): void {
    this.ready = true;
    this.result = value;
  }
}

/** context.workbook.customXmlParts (ExcelApi 1.5): parts are stored in the file, like the real ones. */
export class FakeCustomXmlPartCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(xml: string): FakeCustomXmlPart {
    let created: FakeXmlPart | null = null;
    const part = new FakeCustomXmlPart(this.context, () => created);
    this.context.enqueue({
      label: 'customXmlParts.add',
      requestBytes: 32 + xml.length,
      apply: () => {
        const model = this.context.model;
        created = { id: model.nextPartId(), xml, namespaceUri: rootNamespace(xml) };
        model.xmlParts.push(created);
        return { responseBytes: 16 };
      },
    });
    return part;
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespaceUri);
  }
}

export class FakeCustomXmlPartScopedCollection {
  private loadedItems: FakeCustomXmlPart[] | undefined;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly namespaceUri: string,
  ) {}

  get items(): FakeCustomXmlPart[] {
    if (!this.loadedItems) throw propertyNotLoaded('CustomXmlPartScopedCollection', 'items');
    return this.loadedItems;
  }

  /** Loads the parts of this namespace ("items/id" or "id"), in the order the workbook holds them. */
  load(spec: string): this {
    const names = spec.split(',').map((s) => s.trim().replace(/^items\//, ''));
    if (names.some((n) => n !== 'id' && n !== 'namespaceUri'))
      throw new Error(`CustomXmlPart has no loadable property in '${spec}'`);
    this.context.enqueue({
      label: 'CustomXmlPartScopedCollection.load(items)',
      requestBytes: 40,
      apply: () => {
        const parts = this.matching();
        const items = parts.map((p) => {
          const item = new FakeCustomXmlPart(this.context, () => p);
          return {
            item,
            values: new Map<string, unknown>(names.map((n) => [n, n === 'id' ? p.id : p.namespaceUri])),
          };
        });
        return {
          responseBytes: jsonBytes(parts.map((p) => p.id)),
          commit: () => {
            items.forEach(({ item, values }) => item.accept(values));
            this.loadedItems = items.map((i) => i.item);
          },
        };
      },
    });
    return this;
  }

  /** Documented: "If the collection contains exactly one item, this method returns it. Otherwise … null." */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.context,
      () => {
        const parts = this.matching();
        return parts.length === 1 ? parts[0]! : null;
      },
      true,
    );
  }

  /** Documented: "If the collection contains exactly one item, this method returns it. Otherwise … an error." */
  getOnlyItem(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => {
      const parts = this.matching();
      if (parts.length !== 1)
        throw new FakeOfficeError('InvalidOperation', 'The collection does not hold exactly one part.');
      return parts[0]!;
    });
  }

  private matching(): FakeXmlPart[] {
    return this.context.model.xmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }
}

export class FakeCustomXmlPart extends FakeClientObject<FakeXmlPart> {
  constructor(context: FakeRequestContext, resolver: () => FakeXmlPart | null, orNull = false) {
    super(context, 'CustomXmlPart', resolver, orNull);
  }

  get id(): string {
    return this.loaded('id');
  }

  get namespaceUri(): string {
    return this.loaded('namespaceUri');
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue({
      label: 'CustomXmlPart.getXml()',
      requestBytes: 16,
      apply: () => {
        const xml = this.target().xml;
        return { responseBytes: jsonBytes(xml), commit: () => result.settle(xml) };
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.queue('setXml()', 32 + xml.length, (part) => {
      part.xml = xml;
      part.namespaceUri = rootNamespace(xml);
    });
  }

  delete(): void {
    this.queue('delete()', 16, (part) => {
      const parts = this.context.model.xmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }

  protected override isGone(part: FakeXmlPart): boolean {
    return !this.context.model.xmlParts.includes(part);
  }

  protected canLoad(prop: string): boolean {
    return prop === 'id' || prop === 'namespaceUri';
  }

  protected readProperty(part: FakeXmlPart, prop: string): unknown {
    return prop === 'id' ? part.id : part.namespaceUri;
  }
}

function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?xml[^>]*\?>/, ''));
  if (!root) throw new FakeOfficeError('InvalidArgument', 'Custom XML part is not well-formed XML.');
  return /\sxmlns="([^"]*)"/.exec(root[2] ?? '')?.[1] ?? '';
}
