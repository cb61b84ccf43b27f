import { parseAttributes, removeAttribute, setAttribute } from './xmlMarkup';
import { MalformedPartError } from './packageErrors';

export interface TransplantStyles {
  /** Cell format index in our scratch styles → index in the merged styles part. */
  readonly xf: (index: number) => number;
  /** Differential format index in our scratch styles → index in the merged styles part. */
  readonly dxf: (index: number) => number;
}

export interface TransplantedWorksheet {
  readonly xml: string;
  /** Relationship ids the sheet no longer uses (hyperlink rels of links that are internal locations). */
  readonly unusedRelationshipIds: ReadonlySet<string>;
}

/**
 * A worksheet part written by ExcelJS for our scratch workbook, made fit for the user's package: style indices
 * point into the merged styles, shared strings become inline strings (so the user's sharedStrings part is not
 * touched), internal hyperlinks are plain locations, and the sheet is not selected (the user's active sheet stays).
 * @param sharedStrings inner markup of each `<si>` of the scratch workbook's sharedStrings part
 */
export function transplantWorksheet(
  xml: string,
  sharedStrings: readonly string[],
  styles: TransplantStyles,
): TransplantedWorksheet {
  const unused = new Set<string>();
  const out = xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_, attrText: string, end: string, inner?: string) => {
      const attrs = parseAttributes(attrText);
      let tag = `<c${attrText}>`;
      const s = attrs.get('s');
      if (s !== undefined) tag = restyle(tag, 's', styles.xf(Number(s)));
      if (end === '/>') return tag.replace(/>$/, '/>');
      if (attrs.get('t') !== 's') return `${tag}${inner}</c>`;
      const index = /<v>(\d+)<\/v>/.exec(inner ?? '')?.[1];
      const si = index === undefined ? undefined : sharedStrings[Number(index)];
      if (si === undefined)
        throw new MalformedPartError(`shared string ${index} missing in ${attrs.get('r')}`);
      return `${setAttribute(tag, 't', 'inlineStr')}<is>${si}</is></c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => {
      const s = parseAttributes(tag).get('s');
      return s === undefined ? tag : setAttribute(tag, 's', String(styles.xf(Number(s))));
    })
    .replace(/<col\b[^>]*>/g, (tag) => {
      const s = parseAttributes(tag).get('style');
      return s === undefined ? tag : restyle(tag, 'style', styles.xf(Number(s)));
    })
    .replace(/<cfRule\b[^>]*>/g, (tag) => {
      const d = parseAttributes(tag).get('dxfId');
      return d === undefined ? tag : setAttribute(tag, 'dxfId', String(styles.dxf(Number(d))));
    })
    .replace(/<hyperlink\b[^>]*>/g, (tag) => {
      const attrs = parseAttributes(tag);
      const id = attrs.get('r:id');
      if (id === undefined || attrs.get('location') === undefined) return tag;
      unused.add(id);
      return removeAttribute(tag, 'r:id');
    })
    .replace(/<sheetView\b[^>]*>/g, (tag) => removeAttribute(tag, 'tabSelected'));
  return { xml: out, unusedRelationshipIds: unused };
}

/** Sets a style attribute; style 0 (the default) is written by leaving the attribute out. */
function restyle(tag: string, name: string, index: number): string {
  return index === 0 ? removeAttribute(tag, name) : setAttribute(tag, name, String(index));
}
