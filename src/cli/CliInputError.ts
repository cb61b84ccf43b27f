/** Unusable input (missing file, not a workbook, unknown sheet, bad arguments): exit 2 with this one-line message. */
export class CliInputError extends Error {
  readonly code = 'unusable-input';
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
