import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../domain/a1/quoteSheetName';

/**
 * How the CLI marks its own sheets. ExcelJS has no sheet-level custom properties, so each output sheet gets a
 * workbook defined name `_Lansnyckel_Output_<n>` that refers to its A1. Names survive save/load in ExcelJS,
 * Excel and LibreOffice, follow a renamed sheet in Excel, and leave the sheet's cells untouched.
 */
export const OUTPUT_NAME_PREFIX = '_Lansnyckel_Output_';

const OUTPUT_NAME = new RegExp(`^${OUTPUT_NAME_PREFIX}(\\d+)$`);

/**
 * Whether a defined name is one of our markers.
 * @example isOutputMarker('_Lansnyckel_Output_2') //=> true
 */
export function isOutputMarker(name: string): boolean {
  return OUTPUT_NAME.test(name);
}

/** Marks a sheet as ours with the next free `_Lansnyckel_Output_<n>` name. */
export function markOutputSheet(workbook: ExcelJS.Workbook, sheetName: string): string {
  const used = outputNames(workbook).map((n) => n.index);
  const name = `${OUTPUT_NAME_PREFIX}${Math.max(0, ...used) + 1}`;
  workbook.definedNames.add(`${quoteSheetName(sheetName)}!$A$1`, name);
  return name;
}

/** Names of the sheets in the workbook that carry our marker (and still exist). */
export function readOutputSheetNames(workbook: ExcelJS.Workbook): string[] {
  const existing = new Set(workbook.worksheets.map((w) => w.name));
  return [...new Set(outputNames(workbook).map((n) => n.sheet))].filter((s) => existing.has(s));
}

/** Removes every sheet carrying our marker, and the markers themselves; returns the removed sheet names. */
export function removeOutputSheets(workbook: ExcelJS.Workbook): string[] {
  const names = outputNames(workbook);
  const removed = readOutputSheetNames(workbook);
  for (const sheet of removed) {
    const ws = workbook.getWorksheet(sheet);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  for (const n of names) workbook.definedNames.remove(n.range, n.name);
  return removed;
}

interface OutputName {
  readonly name: string;
  readonly index: number;
  readonly sheet: string;
  readonly range: string;
}

function outputNames(workbook: ExcelJS.Workbook): OutputName[] {
  return workbook.definedNames.model.flatMap(({ name, ranges }) => {
    const match = OUTPUT_NAME.exec(name);
    if (!match) return [];
    return ranges.map((range) => ({ name, index: Number(match[1]), sheet: sheetOfRange(range), range }));
  });
}

/** "'Fördelning – X'!$A$1" → "Fördelning – X"; unquoted "Blad1!$A$1" → "Blad1". */
export function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
