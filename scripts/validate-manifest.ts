// Offline manifest check: `npm run validate` → tsx scripts/validate-manifest.ts manifest.xml; more files may follow
// (`npm run validate dist/manifest.xml` checks the development manifest and the built production one).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { productionUrlProblems } from './manifest/retargetManifest';
import { validateManifest } from './manifest/validateManifest';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['manifest.xml'];
let failed = 0;
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  const problems = [...validateManifest(xml), ...productionUrlProblems(xml)];

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
    console.log(
      `${file}: valid (offline rules: order, required, facets, resid, https, GUID, version, no localhost in production)`,
    );
  } else {
    for (const p of problems) console.error(`${file}: ${p.path}: ${p.message}`);
    console.error(`${problems.length} problem(s)`);
    failed++;
  }
}
if (failed > 0) process.exitCode = 1;
