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
