// The installable command line: src/cli/main.ts bundled with its dependencies (ExcelJS …) into one CommonJS file
// that runs on plain Node ≥ 20 without tsx. `npm run build` runs this first; package.json `bin` points here, and
// `npm run package` puts it into the release zip (cli/lansnyckel.cjs).
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');

/**
 * The large libraries only some commands need (ExcelJS and JSZip to write a workbook, zod to read a plan). They
 * travel inside the one bundle file as a string and are compiled the first time a command asks for one, so
 * `check` and `--help` start without parsing them (a fast start: Node 20 has no compile cache).
 */
const LAZY_PACKAGES = ['exceljs', 'jszip', 'zod'];

/** One minified CommonJS file for plain Node 20: the CLI and its lazily compiled packages alike. */
const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'eof',
};

async function lazyPackagesSource() {
  const result = await build({
    stdin: {
      contents: LAZY_PACKAGES.map(
        (p) => `exports[${JSON.stringify(p)}] = require(${JSON.stringify(p)});`,
      ).join('\n'),
      resolveDir: ROOT,
      loader: 'js',
    },
    ...NODE_BUNDLE,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Resolves the lazy packages to stubs that compile the embedded source on first use. */
function lazyPackages(source) {
  const loader = `let packages;
const SOURCE = ${JSON.stringify(source)};
module.exports = (name) => {
  if (!packages) {
    const m = { exports: {} };
    require('node:vm').runInThisContext('(function (module, exports, require) {' + SOURCE + '\\n})', {
      filename: 'lansnyckel-packages.cjs',
    })(m, m.exports, require);
    packages = m.exports;
  }
  return packages[name];
};`;
  return {
    name: 'lazy-packages',
    setup(b) {
      const filter = new RegExp(`^(${LAZY_PACKAGES.join('|')})$`);
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: `module.exports = require('lazy-packages:loader')(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^lazy-packages:loader$/ }, () => ({ path: 'loader', namespace: 'lazy-loader' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-loader' }, () => ({ contents: loader, loader: 'js' }));
    },
  };
}

/** Bundles the CLI into build/cli/lansnyckel.cjs; returns its size in bytes. */
export async function buildCli(outfile = CLI_BUNDLE) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    ...NODE_BUNDLE,
    banner: {
      js: `#!/usr/bin/env node\n// Länsnyckel ${version} – command line (bundled; source: src/cli/)`,
    },
    logLevel: 'warning',
    metafile: true,
    plugins: [lazyPackages(await lazyPackagesSource())],
  });
  chmodSync(outfile, 0o755);
  return Object.values(result.metafile.outputs)[0].bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCli();
  console.log(`build/cli/lansnyckel.cjs: ${(bytes / 1024).toFixed(0)} KB`);
}
