/**
 * Unusable input (missing file, not a workbook, unknown sheet, bad arguments, an allocation refused): exit 2 with
 * this one-line message on stderr; `details` (the full list of problems, the usage) go to stdout.
 */
export class CliInputError extends Error {
  readonly code = 'unusable-input';
  readonly details?: string;
  constructor(message: string, details?: string) {
    super(message);
    this.name = 'CliInputError';
    if (details !== undefined) this.details = details;
  }
}
