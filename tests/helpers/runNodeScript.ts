import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';

/** The repository root (scripts/ and build/ live there). */
export const ROOT = join(__dirname, '..', '..');

/** Runs a plain-Node script of ours (no tsx, no jest module system) to completion, as a user or IT would. */
export function runNode(args: readonly string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

/**
 * Starts scripts/serve-release.mjs on `folder` on a free loopback port; resolves with its origin once it prints it.
 * `stop` ends exactly that process.
 */
export function startReleaseServer(folder: string): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-release.mjs'), folder, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (origin) resolve({ origin, stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve-release exited with ${code}: ${err}`)));
  });
}
