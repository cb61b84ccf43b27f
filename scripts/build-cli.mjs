// The installable command line: src/cli/main.ts bundled with its dependencies (ExcelJS …) into one CommonJS file
// that runs on plain Node ≥ 20 without tsx. `npm run build` runs this first; package.json `bin` points here, and
// `npm run package` puts it into the release zip (cli/lansnyckel.cjs).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'build', 'cli', 'lansnyckel.cjs');

/**
 * The large libraries only some commands need (ExcelJS and JSZip to write a workbook, zod to read a plan). Each
 * travels inside the one bundle file as its own string and is compiled and run the first time a command asks for
 * it, so `check` and `--help` start without parsing any of them and `allocate` evaluates zod but not ExcelJS.
 */
const LAZY_PACKAGES = ['exceljs', 'jszip', 'zod'];

/** The free name through which the CLI asks the bootstrap for a lazy package (never renamed: it is unbound). */
const LOAD_PACKAGE = '__lansnyckelLoadPackage';

/** One minified CommonJS file for plain Node 20: the CLI and its lazily compiled packages alike. */
const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'eof',
};

/** Each lazy package as CommonJS source; the others stay outside it (ExcelJS asks the bootstrap for JSZip). */
async function lazyPackageSources() {
  const sources = {};
  for (const name of LAZY_PACKAGES) {
    const result = await build({
      stdin: {
        contents: `module.exports = require(${JSON.stringify(name)});`,
        resolveDir: ROOT,
        loader: 'js',
      },
      ...NODE_BUNDLE,
      external: LAZY_PACKAGES.filter((p) => p !== name),
      write: false,
      logLevel: 'warning',
    });
    sources[name] = result.outputFiles[0].text;
  }
  return sources;
}

/** Resolves the lazy packages to stubs that load them on first use (through the bootstrap's code cache). */
function lazyPackages() {
  return {
    name: 'lazy-packages',
    setup(b) {
      const filter = new RegExp(`^(${LAZY_PACKAGES.join('|')})$`);
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: `module.exports = ${LOAD_PACKAGE}(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The file Node runs: a small bootstrap that compiles the CLI and, on demand, the packages from the two embedded
 * sources with V8's code cache. The cache lives next to the bundle (`.lansnyckel-<part>-<build hash>-<node>-<arch>
 * .v8cache`): the build hash ties it to these exact sources, V8 itself rejects it for another V8 or other flags,
 * and a rejected or missing cache is rewritten (atomically, best effort: a read-only install simply runs without)
 * when the process exits, so later starts skip parsing and compiling. Node 20 has no module.enableCompileCache.
 */
function bootstrap(version, main, packages) {
  const hash = createHash('sha256').update(main).update(JSON.stringify(packages)).digest('hex').slice(0, 16);
  return `#!/usr/bin/env node
// Länsnyckel ${version} – command line (bundled; source: src/cli/, bootstrap: scripts/build-cli.mjs)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const TAG = ${JSON.stringify(hash)} + '-' + process.version + '-' + process.arch;
function compileCached(part, params, source) {
  const cache = path.join(__dirname, '.lansnyckel-' + part + '-' + TAG + '.v8cache');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script('(function (' + params + ') {' + source + '\\n})', {
    filename: path.join(__dirname, 'lansnyckel-' + part + '.js'),
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const prefix = '.lansnyckel-' + part + '-';
        for (const f of fs.readdirSync(__dirname))
          if (f.startsWith(prefix) && f.endsWith('.v8cache')) fs.rmSync(path.join(__dirname, f), { force: true });
        const tmp = cache + '.' + process.pid + '.tmp';
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cache);
      } catch {
        // A read-only install: run without a cache.
      }
    });
  }
  return script.runInThisContext();
}
const PACKAGES = ${JSON.stringify(packages)};
const loaded = new Map();
function packageRequire(id) {
  return Object.hasOwn(PACKAGES, id) ? ${LOAD_PACKAGE}(id) : require(id);
}
function ${LOAD_PACKAGE}(name) {
  let m = loaded.get(name);
  if (!m) {
    m = { exports: {} };
    loaded.set(name, m);
    compileCached('package-' + name, 'module, exports, require', PACKAGES[name])(m, m.exports, packageRequire);
  }
  return m.exports;
}
compileCached('main', 'exports, require, module, __filename, __dirname, ${LOAD_PACKAGE}', ${JSON.stringify(main)})(
  exports, require, module, __filename, __dirname, ${LOAD_PACKAGE});
`;
}

/** Bundles the CLI into build/cli/lansnyckel.cjs; returns its size in bytes. */
export async function buildCli(outfile = CLI_BUNDLE) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    ...NODE_BUNDLE,
    write: false,
    logLevel: 'warning',
    plugins: [lazyPackages()],
  });
  const text = bootstrap(version, result.outputFiles[0].text, await lazyPackageSources());
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, text, { mode: 0o755 });
  chmodSync(outfile, 0o755);
  return Buffer.byteLength(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildCli();
  console.log(`build/cli/lansnyckel.cjs: ${(bytes / 1024).toFixed(0)} KB`);
}
