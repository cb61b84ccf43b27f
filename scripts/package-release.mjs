#!/usr/bin/env node
// `npm run package`: release/lansnyckel-<version>.zip from a production build. Run
// `npm run build -- --env url=https://<host>/<path>/` first; a dist/ whose manifest still points to localhost is
// refused. The zip holds one folder lansnyckel-<version>/ with
//   web/              every built file, to upload as-is to the HTTPS address the manifest names
//   manifest.xml      the same manifest, for the Microsoft 365 admin center / the shared-folder catalog
//   HOSTING.md        which headers and cache rules the web host must send (docs/deploy.md has the full guide)
//   serve-release.mjs the reference static server that sends exactly those headers
//   cli/lansnyckel.cjs + package.json  the command line on plain Node ≥ 20 (`npx lansnyckel check fil.xlsx`)
//
//   node scripts/package-release.mjs [--dist dist] [--out release] [--cli build/cli/lansnyckel.cjs]
import JSZip from 'jszip';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMMUTABLE, NO_CACHE, metaContentSecurityPolicy } from './serve-release.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A problem with the input that the person packaging can fix; printed as one line, exit code 2. */
class PackageError extends Error {}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Builds the release zip and returns where it went, its size and the paths inside it.
 * @returns {Promise<{ zipPath: string, bytes: number, entries: string[], baseUrl: string }>}
 */
export async function packageRelease({ dist = 'dist', out = 'release', cli = 'build/cli/lansnyckel.cjs' } = {}) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const version = pkg.version;
  const manifestPath = join(dist, 'manifest.xml');
  if (!existsSync(manifestPath)) throw new PackageError(`${manifestPath} is missing: run npm run build first`);
  const manifest = readFileSync(manifestPath, 'utf8');
  if (/localhost|127\.0\.0\.1/.test(manifest))
    throw new PackageError(
      `${manifestPath} points to localhost: build for the real address first, ` +
        'e.g. npm run build -- --env url=https://lansnyckel.example.se/',
    );
  const manifestVersion = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
  if (manifestVersion !== `${version}.0`)
    throw new PackageError(
      `${manifestPath} has version ${manifestVersion}, package.json ${version}: rebuild with --env url=…`,
    );
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '';
  const baseUrl = source.replace(/taskpane\.html$/, '');
  if (!existsSync(cli)) throw new PackageError(`${cli} is missing: run npm run build (it bundles the CLI) first`);
  const taskpane = join(dist, 'taskpane.html');
  if (!existsSync(taskpane)) throw new PackageError(`${taskpane} is missing: run npm run build first`);
  const csp = metaContentSecurityPolicy(readFileSync(taskpane, 'utf8'));
  if (!csp) throw new PackageError(`${taskpane} has no Content-Security-Policy meta tag`);

  const top = `lansnyckel-${version}`;
  const zip = new JSZip();
  const folder = zip.folder(top);
  const webFiles = filesUnder(dist).map((f) => relative(dist, f).split(sep).join('/'));
  for (const file of webFiles) folder.file(`web/${file}`, readFileSync(join(dist, file)));
  folder.file('manifest.xml', manifest);
  folder.file('HOSTING.md', hostingNote({ version, baseUrl, csp, webFiles }));
  folder.file('serve-release.mjs', readFileSync(join(ROOT, 'scripts', 'serve-release.mjs')));
  folder.file('cli/lansnyckel.cjs', readFileSync(cli), { unixPermissions: 0o755 });
  folder.file(
    'package.json',
    `${JSON.stringify(
      {
        name: 'lansnyckel',
        version,
        private: true,
        description: pkg.description,
        license: pkg.license,
        engines: { node: '>=20' },
        bin: { lansnyckel: 'cli/lansnyckel.cjs' },
      },
      null,
      2,
    )}\n`,
  );

  const buffer = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
  mkdirSync(out, { recursive: true });
  const zipPath = join(out, `${top}.zip`);
  writeFileSync(zipPath, buffer);
  const entries = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return { zipPath, bytes: statSync(zipPath).size, entries, baseUrl };
}

function hostingNote({ version, baseUrl, csp, webFiles }) {
  const hashed = webFiles.filter((f) => /\.[0-9a-f]{8}\.(js|css)$/.test(f));
  return `# Länsnyckel ${version} – hosting / webbhotell

Ladda upp **innehållet i \`web/\`** oförändrat till ${baseUrl} (HTTPS). Upload the **contents of \`web/\`** as they
are to ${baseUrl} (HTTPS only; \`manifest.xml\` names exactly this address). Full guide: docs/deploy.md in the source.

## Headers the host must send

| file | Cache-Control |
|---|---|
| content-hashed scripts (${hashed.length} files, e.g. \`${hashed[0] ?? 'taskpane.0123abcd.js'}\`) | \`${IMMUTABLE}\` |
| everything else: \`taskpane.html\`, \`help.html\`, \`preview.html\`, \`presentation.html\`, \`functions.js\`, \`functions.json\`, \`functions.en.json\`, \`manifest.xml\`, \`assets/*\` | \`${NO_CACHE}\` |

- Every \`.html\` page: \`Content-Security-Policy\` equal to the page's own meta tag. For \`taskpane.html\`:

  \`\`\`
  Content-Security-Policy: ${csp}
  \`\`\`
- All files: \`X-Content-Type-Options: nosniff\`; \`functions.js\` and \`functions*.json\`:
  \`Access-Control-Allow-Origin: *\`; \`.js\` as \`text/javascript\`, \`.json\` as \`application/json\`.
- Do **not** send \`X-Frame-Options\` or a CSP \`frame-ancestors\` that excludes Office: Excel on the web shows the
  pane in an iframe.
- The pages load only their own files and \`https://appsforoffice.microsoft.com/lib/1/hosted/office.js\`.

\`node serve-release.mjs web --port 8080\` is the reference: it sends exactly these headers (put HTTPS in front).

## Kommandoraden / The command line

\`cli/lansnyckel.cjs\` runs on Node.js 20 or later, nothing else to install. In this folder:
\`npx lansnyckel check fil.xlsx\` (or \`node cli/lansnyckel.cjs check fil.xlsx\`). Windows paths with spaces go in
double quotes in both cmd and PowerShell: \`node cli\\lansnyckel.cjs check "C:\\Budget 2026\\fördelning.xlsx"\`.
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i < 0 ? fallback : args[i + 1];
  };
  try {
    const result = await packageRelease({
      dist: option('--dist', 'dist'),
      out: option('--out', 'release'),
      cli: option('--cli', join('build', 'cli', 'lansnyckel.cjs')),
    });
    console.log(
      `${result.zipPath}: ${(result.bytes / 1024).toFixed(0)} KB, ${result.entries.length} files, for ${result.baseUrl}`,
    );
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`package: ${error.message}`);
    process.exitCode = 2;
  }
}
