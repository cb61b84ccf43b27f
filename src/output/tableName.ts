/**
 * An Excel table name derived from a sheet name: letters, digits and '_' only, starting with our prefix (so it
 * can never look like a cell reference), plus a short hash so "Fördelning – Å" and "Fördelning – A" differ.
 * Unique per sheet name, and sheet names are unique per workbook.
 * @example tableName('Fördelning – Dalarna') //=> 'Lansnyckel_Fordelning_Dalarna_…'
 */
export function tableName(sheetName: string): string {
  const ascii = sheetName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `Lansnyckel_${ascii}_${fnv1a(sheetName)}`;
}

/** 32-bit FNV-1a as 8 hex digits: tiny, stable, good enough to tell names apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
