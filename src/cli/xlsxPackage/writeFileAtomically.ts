import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliInputError } from '../CliInputError';
import { CLI_MESSAGES } from '../cliMessages';

/** Error codes of a file that another program (Excel on Windows) holds open, or that is read-only. */
const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);

/**
 * Writes `bytes` to `path` so that the file is either the old one or the complete new one, never half: the bytes
 * go to a temporary file beside it (same folder, so the same file system), are flushed to disk, and the temporary
 * file is renamed over the target. A target locked by another program, or a folder we may not write in, becomes
 * a CliInputError with a Swedish one-liner; the temporary file is removed.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw describeWriteError(error, path, 'folder');
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw describeWriteError(error, path, 'target');
  }
}

function describeWriteError(error: unknown, path: string, step: 'folder' | 'target'): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && step === 'folder') {
    return new CliInputError(CLI_MESSAGES.folderMissing(basename(path), dirname(resolve(path))));
  }
  if (code !== undefined && LOCKED.has(code)) {
    return step === 'target'
      ? new CliInputError(CLI_MESSAGES.fileLocked(basename(path)))
      : new CliInputError(CLI_MESSAGES.folderNotWritable(dirname(resolve(path))));
  }
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
    return new CliInputError(CLI_MESSAGES.outIsFolder(basename(path)));
  }
  if (code === 'EROFS' || code === 'ENOSPC') {
    return new CliInputError(CLI_MESSAGES.writeFailed(basename(path), code));
  }
  return error;
}
