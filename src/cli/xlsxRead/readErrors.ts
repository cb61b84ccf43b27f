/*
 * What goes wrong while reading an input workbook: always the user's file (damaged, not a workbook, or a zip the
 * fast reader does not handle), never a bug. A ZipReadError makes readXlsxGrids fall back to JSZip; whatever
 * still fails becomes readGrids' one-line refusal "Kunde inte läsa … som en Excel-arbetsbok (.xlsx)".
 */

/** A zip the native reader declines (`problem` says why: a damaged directory, Zip64, another compression method). */
export class ZipReadError extends Error {
  constructor(problem: string) {
    super(`zip: ${problem}`);
    this.name = 'ZipReadError';
  }
}

/** A zip without the workbook part (`part`, xl/workbook.xml): some other Office file or an arbitrary archive. */
export class NotAWorkbookError extends Error {
  constructor(part: string) {
    super(`not a workbook: no ${part}`);
    this.name = 'NotAWorkbookError';
  }
}

/** A workbook part whose XML does not hold together (`problem` says where it broke). */
export class MalformedXmlError extends Error {
  constructor(problem: string) {
    super(`xml: ${problem}`);
    this.name = 'MalformedXmlError';
  }
}
