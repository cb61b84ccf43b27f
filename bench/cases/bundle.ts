// Size of what the task pane loads: every script and stylesheet taskpane.html references, gzipped.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUNDLE_BUDGET_GZ_BYTES = 400 * 1024;

export interface BundleReport {
  readonly taskpaneGzBytes: number;
  readonly budgetGzBytes: number;
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzBytes: number }[];
}

/** Measures dist/ (building it first when missing). */
export function bundleReport(dist = path.join(__dirname, '..', '..', 'dist')): BundleReport {
  if (!fs.existsSync(path.join(dist, 'taskpane.html')))
    execSync('npx webpack --mode production', { stdio: 'inherit' });
  return measureBundle(dist);
}

/** Gzipped size of the local scripts and stylesheets that dist/taskpane.html references. */
export function measureBundle(dist: string): BundleReport {
  const files = referencedAssets(dist, 'taskpane.html').map((file) => {
    const content = fs.readFileSync(path.join(dist, file));
    return { file, bytes: content.length, gzBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
  return {
    taskpaneGzBytes: files.reduce((s, f) => s + f.gzBytes, 0),
    budgetGzBytes: BUNDLE_BUDGET_GZ_BYTES,
    files,
  };
}

/**
 * The local scripts and stylesheets a built page loads, as paths relative to dist/ (query strings dropped).
 * Only these count: dist/ may still hold chunks of earlier builds that no page loads.
 * @example referencedAssets('dist', 'preview.html') //=> ['640.bb7361b2.js', 'preview.314ff057.js']
 */
export function referencedAssets(dist: string, page: string): string[] {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .flatMap((m) => {
      const ref = m[1] ?? m[2] ?? m[3];
      return ref !== undefined && !/^https?:/.test(ref) && /\.(js|css)(\?|$)/.test(ref) ? [ref] : [];
    })
    .map((ref) => ref.replace(/^\//, '').split('?')[0] ?? ref);
}
