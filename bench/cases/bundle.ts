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
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((ref) => !/^https?:/.test(ref) && /\.(js|css)(\?|$)/.test(ref));
  const files = refs.map((ref) => {
    const content = fs.readFileSync(path.join(dist, ref.replace(/^\//, '').split('?')[0]));
    return { file: ref, bytes: content.length, gzBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
  return {
    taskpaneGzBytes: files.reduce((s, f) => s + f.gzBytes, 0),
    budgetGzBytes: BUNDLE_BUDGET_GZ_BYTES,
    files,
  };
}
