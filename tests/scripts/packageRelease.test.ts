import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { retargetManifest } from '../../scripts/manifest/retargetManifest';
import { ROOT, runNode } from '../helpers/runNodeScript';

const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TASKPANE_HTML =
  '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">' +
  '<script defer src="taskpane.0123abcd.js"></script></head><body></body></html>';

/** A minimal built dist/ and CLI bundle in a temporary folder. */
function fakeBuild(manifest: string): { dir: string; dist: string; cli: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-package-'));
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'manifest.xml'), manifest);
  writeFileSync(join(dist, 'taskpane.html'), TASKPANE_HTML);
  writeFileSync(join(dist, 'taskpane.0123abcd.js'), 'console.log(1);');
  writeFileSync(join(dist, 'functions.js'), 'console.log(2);');
  writeFileSync(join(dist, 'assets', 'icon-32.png'), 'png');
  const cli = join(dir, 'lansnyckel.cjs');
  writeFileSync(cli, '#!/usr/bin/env node\n');
  return { dir, dist, cli, out: join(dir, 'release') };
}

describe('scripts/package-release.mjs', () => {
  it('refuses a dist/ whose manifest still points to localhost (exit 2, one line)', () => {
    const b = fakeBuild(DEV_MANIFEST);
    try {
      const run = runNode(['scripts/package-release.mjs', '--dist', b.dist, '--out', b.out, '--cli', b.cli]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('points to localhost: build for the real address first');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(b.dir, { recursive: true });
    }
  });

  it('writes lansnyckel-<version>.zip with web/, the manifest, HOSTING.md, the reference server and the CLI', async () => {
    const manifest = retargetManifest(DEV_MANIFEST, 'https://example.org/lansnyckel/', `${VERSION}.0`);
    const b = fakeBuild(manifest);
    try {
      const run = runNode(['scripts/package-release.mjs', '--dist', b.dist, '--out', b.out, '--cli', b.cli]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`lansnyckel-${VERSION}.zip`);
      const zip = await JSZip.loadAsync(readFileSync(join(b.out, `lansnyckel-${VERSION}.zip`)));
      const top = `lansnyckel-${VERSION}/`;
      const files = Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
      expect(files.sort()).toEqual(
        [
          'HOSTING.md',
          'cli/lansnyckel.cjs',
          'manifest.xml',
          'package.json',
          'serve-release.mjs',
          'web/assets/icon-32.png',
          'web/functions.js',
          'web/manifest.xml',
          'web/taskpane.0123abcd.js',
          'web/taskpane.html',
        ].map((f) => top + f),
      );
      expect(await zip.file(`${top}manifest.xml`)!.async('string')).toBe(manifest);
      const hosting = await zip.file(`${top}HOSTING.md`)!.async('string');
      expect(hosting).toContain('https://example.org/lansnyckel/');
      expect(hosting).toContain("Content-Security-Policy: default-src 'self'");
      expect(hosting).toContain('`public, max-age=31536000, immutable`');
      const pkg = JSON.parse(await zip.file(`${top}package.json`)!.async('string')) as { bin: object };
      expect(pkg.bin).toEqual({ lansnyckel: 'cli/lansnyckel.cjs' });
      expect(Number(zip.files[`${top}cli/lansnyckel.cjs`]!.unixPermissions) & 0o777).toBe(0o755);
    } finally {
      rmSync(b.dir, { recursive: true });
    }
  });
});
