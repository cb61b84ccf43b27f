import { type LocalizedText } from '../domain/findings/Finding';

/**
 * Unusable input (missing file, not a workbook, unknown sheet, bad arguments, an allocation refused): exit 2 with
 * this one-line message on stderr; `details` (the full list of problems, the usage) go to stdout. The message
 * is the Swedish of `text` (the command line speaks Swedish); `text` carries both languages from
 * `cliMessages.ts`, so every refusal has its English beside it.
 */
export class CliInputError extends Error {
  readonly code = 'unusable-input';
  readonly text: LocalizedText;
  readonly details?: string;
  constructor(text: LocalizedText, details?: string) {
    super(text.sv);
    this.name = 'CliInputError';
    this.text = text;
    if (details !== undefined) this.details = details;
  }
}
