/*
 * Misuse of the preview host throws one of these: a test or the preview page asked for something the in-memory
 * workbook cannot be (a bad sheet name, a cell that is not there) or its bundled samples are broken. A user's
 * problem (a sheet name taken, a protected sheet) is a PortResult with a message from `port/portMessages.ts`.
 */

/** A bundled sample table is missing or has no header/total row: the build shipped broken sample data. */
export class SampleDataError extends Error {
  constructor(sample: string, what: string) {
    super(`[preview] sample ${sample}: ${what}`);
    this.name = 'SampleDataError';
  }
}

/** `addSheet` with a name Excel would refuse, or one the workbook already has. */
export class PreviewSheetNameError extends Error {
  constructor(name: string) {
    super(`[PreviewWorkbook] bad sheet name: ${name}`);
    this.name = 'PreviewSheetNameError';
  }
}

/** A cell address (`at`, `setCell`) that is no single A1 cell, or names a sheet the workbook does not have. */
export class PreviewCellError extends Error {
  constructor(where: string) {
    super(`[PreviewWorkbook] no cell ${where}`);
    this.name = 'PreviewCellError';
  }
}

/** A saved preview workbook of a version this build cannot read. */
export class SavedVersionError extends Error {
  constructor(version: unknown) {
    super(`[PreviewWorkbook] unknown saved version ${String(version)}`);
    this.name = 'SavedVersionError';
  }
}
