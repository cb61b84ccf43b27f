// Offline manifest check: `npm run validate` → tsx scripts/validate-manifest.ts manifest.xml
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { validateManifest } from './manifest/validateManifest';

const file = process.argv[2] ?? 'manifest.xml';
const problems = validateManifest(readFileSync(file, 'utf8'));

// xmllint is a second opinion on well-formedness where installed; the schema rules are ours (no XSDs ship).
if (existsSync('/usr/bin/xmllint')) {
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '--nonet', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    problems.unshift({
      path: '/',
      message: `xmllint: ${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    });
  }
}

if (problems.length === 0) {
  console.log(`${file}: valid (offline rules: order, required, facets, resid, https, GUID, version)`);
} else {
  for (const p of problems) console.error(`${file}: ${p.path}: ${p.message}`);
  console.error(`${problems.length} problem(s)`);
  process.exitCode = 1;
}
