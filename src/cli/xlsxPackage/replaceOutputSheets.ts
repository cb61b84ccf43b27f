import ExcelJS from 'exceljs';
import { posix } from 'node:path';
import { type SheetPlan } from '../../output/SheetPlan';
import { executeSheetPlanExcelJS } from '../executeSheetPlanExcelJS';
import { isOutputMarker, sheetOfRange } from '../outputMarker';
import { appendStyles, type AppendedStyles } from './appendStyles';
import { appendOverrides, CONTENT_TYPE, contentTypeOf, removeOverrides } from './contentTypes';
import { OoxmlPackage, relativeTarget, relsPathOf, resolveTarget } from './OoxmlPackage';
import {
  appendRelationships,
  freeRelationshipIds,
  readRelationships,
  REL,
  type Relationship,
  relationshipsPart,
  removeRelationships,
} from './relationships';
import { transplantWorksheet } from './transplantWorksheet';
import { updateSheetTitles } from './updateSheetTitles';
import { type WorkbookSheet, WorkbookXml } from './workbookXml';
import { findElement, findElements, setAttribute, splice } from './xmlMarkup';
import { MalformedPartError, UnexpectedRelationshipError, UnsupportedPackageError } from './packageErrors';
import { defined } from '../../domain/errors';

const CONTENT_TYPES = '[Content_Types].xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** What kind of workbook the package is: a plain workbook (.xlsx) or one with a VBA project (.xlsm). */
export type WorkbookKind = 'workbook' | 'macro-workbook';

export interface ReplacedOutput {
  readonly bytes: Buffer;
  readonly kind: WorkbookKind;
  readonly sheets: readonly string[];
  /** Our previous output sheets that were removed. */
  readonly removed: readonly string[];
}

/**
 * Our sheets written into a copy of the user's package, at the part level: every part of the input keeps its
 * bytes except the workbook part (sheet list, our marker names, full recalculation on load), its relationships,
 * the content types, the styles part (ours appended) and the sheet titles in docProps/app.xml. Our earlier output (sheets named by a marker) is removed
 * with its parts; calcChain.xml is dropped so Excel rebuilds it. The new sheets come last, so the tab indices of
 * the user's sheets (and the names local to them) only move when our old sheets stood before them.
 * @param planFor builds our sheets from the sheet names the result keeps
 */
export async function replaceOutputSheets(
  input: Uint8Array,
  planFor: (existingSheetNames: readonly string[]) => SheetPlan,
): Promise<ReplacedOutput> {
  let pkg: OoxmlPackage;
  let contentTypes: string;
  let main: Relationship | undefined;
  let appPart: string | undefined;
  try {
    pkg = await OoxmlPackage.open(input);
    contentTypes = await pkg.text(CONTENT_TYPES);
    const rootRels = readRelationships(await pkg.text('_rels/.rels'));
    main = rootRels.find((r) => r.type === REL.officeDocument);
    const app = rootRels.find((r) => r.type === REL.extendedProperties);
    appPart = app ? resolveTarget('', app.target) : undefined;
  } catch (cause) {
    throw new UnsupportedPackageError(undefined, { cause });
  }
  if (!main || !pkg.has(resolveTarget('', main.target))) throw new UnsupportedPackageError(undefined);
  const wbPart = resolveTarget('', main.target);
  const mainType = contentTypeOf(contentTypes, wbPart);
  if (mainType !== CONTENT_TYPE.workbook && mainType !== CONTENT_TYPE.macroWorkbook)
    throw new UnsupportedPackageError(mainType);
  const kind: WorkbookKind = mainType === CONTENT_TYPE.macroWorkbook ? 'macro-workbook' : 'workbook';

  const workbook = new WorkbookXml(await pkg.text(wbPart));
  const wbRelsPart = relsPathOf(wbPart);
  let wbRels = await pkg.text(wbRelsPart);
  const rels = readRelationships(wbRels);
  const partOf = (rel: Relationship) => resolveTarget(wbPart, rel.target);

  // 1. Our earlier output: its sheets, their parts, and every name that marks or is local to them.
  const before = workbook.sheets();
  const ourNames = new Set(
    workbook
      .definedNames()
      .filter((n) => isOutputMarker(n.name))
      .map((n) => sheetOfRange(n.formula)),
  );
  const removedIndices = new Set(before.flatMap((s, i) => (ourNames.has(s.name) ? [i] : [])));
  const removed = before.filter((_, i) => removedIndices.has(i));
  const removedRelIds = new Set(removed.map((s) => s.relId));
  const removedParts: string[] = [];
  for (const rel of rels.filter((r) => removedRelIds.has(r.id))) {
    removedParts.push(...(await removePartWithOwnedTargets(pkg, partOf(rel))));
  }
  const activeRemoved = workbook.removeSheets(removedIndices, (n) => isOutputMarker(n.name));

  // 2. calcChain lists formula cells by sheet; Excel rebuilds it (and recalculates) when it is missing.
  for (const rel of rels.filter((r) => r.type === REL.calcChain)) {
    pkg.remove(partOf(rel));
    removedParts.push(partOf(rel));
    removedRelIds.add(rel.id);
  }
  wbRels = removeRelationships(wbRels, removedRelIds);
  contentTypes = removeOverrides(contentTypes, removedParts);

  // 3. Our sheets, built by ExcelJS in a scratch workbook of their own.
  const kept = workbook.sheets();
  const plan = planFor(kept.map((s) => s.name));
  const scratchBook = new ExcelJS.Workbook();
  executeSheetPlanExcelJS(scratchBook, plan, { activate: false });
  const scratch = await OoxmlPackage.open(new Uint8Array(await scratchBook.xlsx.writeBuffer()));
  const scratchWorkbook = new WorkbookXml(await scratch.text('xl/workbook.xml'));
  const scratchRels = readRelationships(await scratch.text('xl/_rels/workbook.xml.rels'));
  const sharedStrings = findElements((await scratch.textIfPresent('xl/sharedStrings.xml')) ?? '', 'si').map(
    (e) => e.inner ?? '',
  );

  // 4. Styles: ours appended to the user's (or, in a package without a styles part, ours as the styles part).
  const remainingRels = readRelationships(wbRels);
  const nextRelId = freeRelationshipIds(remainingRels);
  const ourStyles = await scratch.text('xl/styles.xml');
  const stylesRel = remainingRels.find((r) => r.type === REL.styles);
  let styles: Pick<AppendedStyles, 'xf' | 'dxf'>;
  const newRels: Omit<Relationship, 'external'>[] = [];
  const newOverrides: { part: string; contentType: string }[] = [];
  if (stylesRel) {
    const merged = appendStyles(await pkg.text(partOf(stylesRel)), ourStyles);
    pkg.set(partOf(stylesRel), merged.xml);
    styles = merged;
  } else {
    const part = freePart(pkg, posix.join(posix.dirname(wbPart), 'styles'), '.xml');
    pkg.set(part, ourStyles);
    newRels.push({ id: nextRelId(), type: REL.styles, target: relativeTarget(wbPart, part) });
    newOverrides.push({ part, contentType: STYLES_CONTENT_TYPE });
    styles = { xf: (i) => i, dxf: (i) => i };
  }

  // 5. Each sheet with its tables, under part names and ids the package does not use yet.
  let tableId = await maxTableId(pkg, contentTypes);
  let sheetId = Math.max(0, ...before.map((s) => s.sheetId));
  const added: WorkbookSheet[] = [];
  for (const sheet of scratchWorkbook.sheets()) {
    const rel = defined(
      scratchRels.find((r) => r.id === sheet.relId),
      `relationship ${sheet.relId}`,
    );
    const source = resolveTarget('xl/workbook.xml', rel.target);
    const moved = transplantWorksheet(await scratch.text(source), sharedStrings, styles);
    const part = freePart(pkg, posix.join(posix.dirname(wbPart), 'worksheets/sheet'), '.xml');
    const sheetRels: Omit<Relationship, 'external'>[] = [];
    const scratchSheetRels = await scratch.textIfPresent(relsPathOf(source));
    for (const r of scratchSheetRels ? readRelationships(scratchSheetRels) : []) {
      if (moved.unusedRelationshipIds.has(r.id)) continue;
      if (r.type !== REL.table) throw new UnexpectedRelationshipError(r.type, sheet.name);
      const table = freePart(pkg, posix.join(posix.dirname(wbPart), 'tables/table'), '.xml');
      pkg.set(table, withTableId(await scratch.text(resolveTarget(source, r.target)), ++tableId));
      newOverrides.push({ part: table, contentType: CONTENT_TYPE.table });
      sheetRels.push({ id: r.id, type: r.type, target: relativeTarget(part, table) });
    }
    pkg.set(part, moved.xml);
    if (sheetRels.length > 0) pkg.set(relsPathOf(part), relationshipsPart(sheetRels));
    newOverrides.push({ part, contentType: CONTENT_TYPE.worksheet });
    const relId = nextRelId();
    newRels.push({ id: relId, type: REL.worksheet, target: relativeTarget(wbPart, part) });
    added.push({ name: sheet.name, sheetId: ++sheetId, relId });
  }

  // 6. The workbook part: our sheets last, our markers (local names shifted past the user's sheets).
  workbook.appendSheets(added);
  workbook.appendDefinedNames(
    scratchWorkbook
      .definedNames()
      .map((n) => (n.localSheetId === undefined ? n : { ...n, localSheetId: n.localSheetId + kept.length })),
  );
  if (activeRemoved && added.length > 0) {
    // The user had our old sheet open: our new first sheet takes its place (and is the one selected tab).
    workbook.setActiveTab(kept.length);
    const relId = defined(added[0], 'the first added sheet').relId;
    const first = partOf({
      ...defined(
        newRels.find((r) => r.id === relId),
        `relationship ${relId}`,
      ),
      external: false,
    });
    pkg.set(first, selectTab(await pkg.text(first)));
  }
  workbook.setFullCalcOnLoad();
  const appXml = appPart === undefined ? undefined : await pkg.textIfPresent(appPart);
  const titled =
    appXml === undefined
      ? undefined
      : updateSheetTitles(
          appXml,
          before.map((s) => s.name),
          removed.map((s) => s.name),
          added.map((s) => s.name),
        );
  if (appPart !== undefined && titled !== undefined) pkg.set(appPart, titled);
  pkg.set(wbPart, workbook.xml);
  pkg.set(wbRelsPart, appendRelationships(wbRels, newRels));
  pkg.set(CONTENT_TYPES, appendOverrides(contentTypes, newOverrides));
  return {
    bytes: await pkg.toBuffer(),
    kind,
    sheets: added.map((s) => s.name),
    removed: removed.map((s) => s.name),
  };
}

/**
 * Removes a part, its relationships part and, in turn, every internal part that nothing else points at any more
 * (our sheets' tables; a drawing, chart or comments the user may have put on our sheet); returns every part removed.
 * A part still referenced from elsewhere (a shared image, the workbook's pivot caches) stays.
 */
async function removePartWithOwnedTargets(pkg: OoxmlPackage, part: string): Promise<string[]> {
  const removed: string[] = [];
  const queue = [part];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const relsPart = relsPathOf(next);
    const owned = pkg.has(relsPart)
      ? readRelationships(await pkg.text(relsPart))
          .filter((r) => !r.external)
          .map((r) => resolveTarget(next, r.target))
      : [];
    for (const gone of [next, relsPart].filter((name) => pkg.has(name))) {
      pkg.remove(gone);
      removed.push(gone);
    }
    const stillReferenced = await referencedParts(pkg);
    queue.push(...owned.filter((t) => pkg.has(t) && !stillReferenced.has(t) && !queue.includes(t)));
  }
  return removed;
}

/** Every part some relationship in the package points at. */
async function referencedParts(pkg: OoxmlPackage): Promise<Set<string>> {
  const referenced = new Set<string>();
  for (const name of pkg.partNames().filter((n) => n.endsWith('.rels'))) {
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
    for (const r of readRelationships(await pkg.text(name))) {
      if (!r.external) referenced.add(resolveTarget(source, r.target));
    }
  }
  return referenced;
}

/** `${stem}${n}${ext}` for the smallest n ≥ 1 the package does not hold. */
function freePart(pkg: OoxmlPackage, stem: string, ext: string): string {
  const taken = new Set(pkg.partNames().map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The highest table id in the package (table ids are unique per workbook). */
async function maxTableId(pkg: OoxmlPackage, contentTypes: string): Promise<number> {
  let max = 0;
  for (const part of pkg.partNames()) {
    if (contentTypeOf(contentTypes, part) !== CONTENT_TYPE.table) continue;
    const id = findElement(await pkg.text(part), 'table')?.attrs.get('id');
    if (id !== undefined) max = Math.max(max, Number(id));
  }
  return max;
}

function withTableId(xml: string, id: number): string {
  const root = findElement(xml, 'table');
  if (!root) throw new MalformedPartError('table part without <table>');
  return splice(xml, root.start, root.start + root.tag.length, setAttribute(root.tag, 'id', String(id)));
}

function selectTab(xml: string): string {
  const view = findElement(xml, 'sheetView');
  return view
    ? splice(xml, view.start, view.start + view.tag.length, setAttribute(view.tag, 'tabSelected', '1'))
    : xml;
}
