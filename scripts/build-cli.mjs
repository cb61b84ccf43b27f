// The installable command line: src/cli/main.ts bundled with its dependencies (ExcelJS …) into one CommonJS file
// that runs on plain Node ≥ 20 without tsx. `npm run build` runs this first; package.json `bin` points here, and
// `npm run package` puts it into the release zip (cli/lansnyckel.cjs).
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');

/** Bundles the CLI into build/cli/lansnyckel.cjs; returns its size in bytes. */
export async function buildCli(outfile = CLI_BUNDLE) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'eof',
    banner: {
      js: `#!/usr/bin/env node\n// Länsnyckel ${version} – command line (bundled; source: src/cli/)`,
    },
    logLevel: 'warning',
    metafile: true,
  });
  chmodSync(outfile, 0o755);
  return Object.values(result.metafile.outputs)[0].bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCli();
  console.log(`build/cli/lansnyckel.cjs: ${(bytes / 1024).toFixed(0)} KB`);
}
