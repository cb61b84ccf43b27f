// `npm run -s lansnyckel -- …`: the bundled command line (build/cli/lansnyckel.cjs, made on `npm ci`/`npm install`
// by the `prepare` script and by `npm run build`) when it is newer than every file under src/, for a fast start;
// otherwise the TypeScript source through tsx, so a checkout with edits since the build always runs the current
// code. LANSNYCKEL_FROM_SOURCE=1 forces the source.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');

/** The newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const bundleIsCurrent =
  process.env.LANSNYCKEL_FROM_SOURCE !== '1' &&
  existsSync(BUNDLE) &&
  statSync(BUNDLE).mtimeMs >= newestMtime(join(ROOT, 'src'));

if (bundleIsCurrent) {
  // Same process: the bundle reads process.argv.slice(2), which are this script's arguments.
  createRequire(import.meta.url)(BUNDLE);
} else {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...process.argv.slice(2)],
    { stdio: 'inherit', cwd: process.cwd() },
  );
  process.exitCode = run.status ?? 2;
}
