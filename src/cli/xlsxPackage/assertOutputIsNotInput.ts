import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CliInputError } from '../CliInputError';
import { CLI_MESSAGES } from '../cliMessages';

/**
 * Refuses an output path that is the input file however it is spelled: the same path after resolving `.`/`..`,
 * or — when the output exists — the same file on disk (same device and inode), which also catches a symlink to
 * the input, a hard link, and a different letter case on a case-insensitive file system.
 */
export function assertOutputIsNotInput(inputPath: string, outPath: string): void {
  const refuse = () => new CliInputError(CLI_MESSAGES.outIsInput(basename(inputPath)));
  if (resolve(inputPath) === resolve(outPath)) throw refuse();
  let out;
  try {
    out = statSync(outPath);
  } catch {
    // No such file (or a dangling link): it cannot be the input, which exists.
    return;
  }
  const input = statSync(inputPath);
  if (out.dev === input.dev && out.ino === input.ino) throw refuse();
}
