// Copies the screenshots the README shows from the last browser run (test-output/screenshots, git-ignored)
// into docs/screenshots. Run after `npm run test:e2e`; the tests themselves never write tracked files.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'test-output', 'screenshots');
const to = join(root, 'docs', 'screenshots');
const chosen = (name) =>
  name === 'preview.png' ||
  name === 'presentation-1920.png' ||
  name === 'presentation-window.png' ||
  name === 'functions.png' ||
  name === 'sjalvtest.png' ||
  name === 'uppfoljning.png' ||
  /^step-.+\.png$/.test(name);
// The README links these; a run that did not make one of them is an error, not a silent gap.
const required = [
  'preview.png',
  'presentation-1920.png',
  'presentation-window.png',
  'step-1-underlag.png',
  'step-2-nyckel.png',
  'step-3-forhandsgranska.png',
  'step-4-skriv.png',
  'functions.png',
  'sjalvtest.png',
  'uppfoljning.png',
];

if (!existsSync(from)) {
  console.error(`${from} does not exist: run \`npm run test:e2e\` first.`);
  process.exit(1);
}
const names = readdirSync(from).filter(chosen).sort();
const missing = required.filter((name) => !names.includes(name));
if (missing.length > 0) {
  console.error(`missing in ${from}: ${missing.join(', ')} (run \`npm run test:e2e\` first).`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const name of names) copyFileSync(join(from, name), join(to, name));
console.log(`copied ${names.length} screenshots to docs/screenshots: ${names.join(', ')}`);
