import { CliInputError } from './CliInputError';
import { CLI_REPORT_WORDS } from './cliMessages';
import { type CliResult } from './CliResult';
import { parseCliArgs } from './parseCliArgs';

/**
 * Runs one CLI invocation in-process: unusable input (CliInputError) becomes exit 2 with exactly one line on stderr
 * (its message) and its details on stdout; anything else unexpected is also exit 2, with a one-line message and no
 * stack trace.
 */
export async function runCli(argv: readonly string[]): Promise<CliResult> {
  try {
    const args = parseCliArgs(argv);
    // Each command loads only its own modules (a fast start: `check` never loads the allocation writer).
    if (args.command === 'followup') return await (await import('./runFollowup')).runFollowup(args);
    if (args.command === 'check') return await (await import('./runCheck')).runCheck(args);
    return await (await import('./runAllocate')).runAllocate(args);
  } catch (error) {
    if (error instanceof CliInputError) {
      const details = error.details === undefined ? '' : error.details.replace(/\n?$/, '\n');
      return { exitCode: 2, stdout: details, stderr: oneLine(error.message) + '\n' };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${CLI_REPORT_WORDS.sv.unexpected(oneLine(detail.split('\n')[0] ?? ''))}\n`,
    };
  }
}

/** Exit 2 is one line on stderr, so a script can show it as is: any line break in a message becomes a space. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
