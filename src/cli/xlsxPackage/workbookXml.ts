import { SPREADSHEETML } from './appendStyles';
import {
  escapeXml,
  findElement,
  findElements,
  prefixFor,
  setAttribute,
  splice,
  unescapeXml,
  type XmlElement,
} from './xmlMarkup';
import { MalformedPartError } from './packageErrors';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A `<sheet>` of workbook.xml (worksheet, chart sheet, dialog or macro sheet), in tab order. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

/** A `<definedName>` of workbook.xml. */
export interface DefinedName {
  readonly name: string;
  /** The sheet (tab index) the name is local to; undefined for a workbook-wide name. */
  readonly localSheetId?: number;
  /** The formula it refers to, entities decoded. */
  readonly formula: string;
}

/** workbook.xml's children after `<sheets>`, in schema order (CT_Workbook). */
const AFTER_SHEETS = [
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/**
 * Reading and minimal editing of a workbook part. Every method returns or edits markup in place; what is not
 * ours (the user's sheets, names, views, pivot caches, external references…) keeps its bytes.
 */
export class WorkbookXml {
  private readonly p: string;

  constructor(public xml: string) {
    this.p = prefixFor(xml, SPREADSHEETML) ?? '';
    if (prefixFor(xml, RELATIONSHIPS_NS) === undefined) {
      const root = findElement(xml, `${this.p}workbook`);
      if (!root) throw new MalformedPartError('not a workbook part');
      this.xml = splice(
        xml,
        root.start,
        root.start + root.tag.length,
        setAttribute(root.tag, 'xmlns:r', RELATIONSHIPS_NS),
      );
    }
  }

  private get r(): string {
    // The constructor declared the namespace when the part lacked it.
    return prefixFor(this.xml, RELATIONSHIPS_NS) ?? 'r';
  }

  private sheetElements(): XmlElement[] {
    const sheets = findElement(this.xml, `${this.p}sheets`);
    if (!sheets?.inner) return [];
    return findElements(
      this.xml,
      `${this.p}sheet`,
      sheets.innerStart,
      sheets.innerStart + sheets.inner.length,
    );
  }

  sheets(): WorkbookSheet[] {
    return this.sheetElements().map((e) => ({
      name: e.attrs.get('name') ?? '',
      sheetId: Number(e.attrs.get('sheetId')),
      relId: e.attrs.get(`${this.r}id`) ?? '',
    }));
  }

  private nameElements(): XmlElement[] {
    const names = findElement(this.xml, `${this.p}definedNames`);
    if (!names?.inner) return [];
    return findElements(
      this.xml,
      `${this.p}definedName`,
      names.innerStart,
      names.innerStart + names.inner.length,
    );
  }

  definedNames(): DefinedName[] {
    return this.nameElements().map(toDefinedName);
  }

  /**
   * Removes the sheets at the given tab indices, the names local to them and the names `drop` selects; renumbers
   * the other local names and the workbook views' active and first tab.
   * @returns whether the active tab was one of the removed sheets
   */
  removeSheets(indices: ReadonlySet<number>, drop: (name: DefinedName) => boolean): boolean {
    const shift = (i: number) => i - [...indices].filter((r) => r < i).length;
    const names = this.nameElements();
    for (const e of [...names].reverse()) {
      const name = toDefinedName(e);
      if (drop(name) || (name.localSheetId !== undefined && indices.has(name.localSheetId))) {
        this.xml = splice(this.xml, e.start, e.end, '');
      } else if (name.localSheetId !== undefined && shift(name.localSheetId) !== name.localSheetId) {
        const tag = setAttribute(e.tag, 'localSheetId', String(shift(name.localSheetId)));
        this.xml = splice(this.xml, e.start, e.start + e.tag.length, tag);
      }
    }
    const emptied = findElement(this.xml, `${this.p}definedNames`);
    if (emptied && (emptied.inner ?? '').trim() === '')
      this.xml = splice(this.xml, emptied.start, emptied.end, '');
    const sheets = this.sheetElements();
    for (const i of [...indices].sort((a, b) => b - a)) {
      const e = sheets[i];
      if (e !== undefined) this.xml = splice(this.xml, e.start, e.end, '');
    }
    let activeRemoved = false;
    for (const view of findElements(this.xml, `${this.p}workbookView`).reverse()) {
      let tag = view.tag;
      const active = Number(view.attrs.get('activeTab') ?? 0);
      if (indices.has(active)) activeRemoved = true;
      else if (shift(active) !== active) tag = setAttribute(tag, 'activeTab', String(shift(active)));
      const first = Number(view.attrs.get('firstSheet') ?? 0);
      if (shift(first) !== first) tag = setAttribute(tag, 'firstSheet', String(shift(first)));
      if (tag !== view.tag) this.xml = splice(this.xml, view.start, view.start + view.tag.length, tag);
    }
    return activeRemoved;
  }

  /** Appends sheets at the end of the tab order. */
  appendSheets(sheets: readonly WorkbookSheet[]): void {
    const list = findElement(this.xml, `${this.p}sheets`);
    if (!list) throw new MalformedPartError('workbook without <sheets>');
    const added = sheets
      .map(
        (s) =>
          `<${this.p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${this.r}id="${escapeXml(s.relId)}"/>`,
      )
      .join('');
    const at = list.end - `</${this.p}sheets>`.length;
    this.xml =
      list.inner === undefined
        ? splice(this.xml, list.start, list.end, `${list.tag.replace(/\/>$/, '>')}${added}</${this.p}sheets>`)
        : splice(this.xml, at, at, added);
  }

  /** Appends names (creating `<definedNames>` in schema order when there is none). */
  appendDefinedNames(names: readonly DefinedName[]): void {
    if (names.length === 0) return;
    const added = names
      .map((n) => {
        const local = n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`;
        return `<${this.p}definedName name="${escapeXml(n.name)}"${local}>${escapeXml(n.formula)}</${this.p}definedName>`;
      })
      .join('');
    const list = findElement(this.xml, `${this.p}definedNames`);
    if (list && list.inner !== undefined) {
      const at = list.end - `</${this.p}definedNames>`.length;
      this.xml = splice(this.xml, at, at, added);
      return;
    }
    if (list) {
      this.xml = splice(
        this.xml,
        list.start,
        list.end,
        `<${this.p}definedNames>${added}</${this.p}definedNames>`,
      );
      return;
    }
    this.insertChild('definedNames', `<${this.p}definedNames>${added}</${this.p}definedNames>`);
  }

  /** Asks Excel (and LibreOffice) to recalculate every formula on open: our cached results are not trusted. */
  setFullCalcOnLoad(): void {
    const calcPr = findElement(this.xml, `${this.p}calcPr`);
    if (calcPr) {
      this.xml = splice(
        this.xml,
        calcPr.start,
        calcPr.start + calcPr.tag.length,
        setAttribute(calcPr.tag, 'fullCalcOnLoad', '1'),
      );
      return;
    }
    this.insertChild('calcPr', `<${this.p}calcPr fullCalcOnLoad="1"/>`);
  }

  /** Points every workbook view's active tab at a sheet. */
  setActiveTab(index: number): void {
    for (const view of findElements(this.xml, `${this.p}workbookView`).reverse()) {
      this.xml = splice(
        this.xml,
        view.start,
        view.start + view.tag.length,
        setAttribute(view.tag, 'activeTab', String(index)),
      );
    }
  }

  /** Inserts a child of `<workbook>` before the first later sibling present, else before `</workbook>`. */
  private insertChild(name: (typeof AFTER_SHEETS)[number], markup: string): void {
    const later = AFTER_SHEETS.slice(AFTER_SHEETS.indexOf(name) + 1)
      .map((n) => findElement(this.xml, `${this.p}${n}`))
      .filter((e): e is XmlElement => e !== undefined)
      .sort((a, b) => a.start - b.start)[0];
    const at = later ? later.start : this.xml.lastIndexOf(`</${this.p}workbook>`);
    if (at < 0) throw new MalformedPartError('not a workbook part');
    this.xml = splice(this.xml, at, at, markup);
  }
}

function toDefinedName(e: XmlElement): DefinedName {
  const local = e.attrs.get('localSheetId');
  return {
    name: e.attrs.get('name') ?? '',
    ...(local === undefined ? {} : { localSheetId: Number(local) }),
    formula: unescapeXml(e.inner ?? ''),
  };
}
