import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Rule ids ESLint reports for `code` as if it were the file `filePath` (the real eslint.config.mjs applies). */
function ruleIdsFor(filePath: string, code: string): string[] {
  const run = spawnSync(
    process.execPath,
    [ESLINT, '--stdin', '--stdin-filename', filePath, '--format', 'json'],
    {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
      env: { ...process.env, LINT_TYPE_AWARE: 'off' },
    },
  );
  if (run.status === 2 || !run.stdout) throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  if (!result) throw new Error('eslint printed no result');
  return result.messages.map((m) => m.ruleId ?? 'parse-error');
}

describe('the layer rule (ARCHITECTURE.md, enforced by eslint.config.mjs)', () => {
  it('flags the domain importing the task pane, React or ExcelJS', () => {
    expect(
      ruleIdsFor('src/domain/example.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n"),
    ).toContain('no-restricted-imports');
    expect(
      ruleIdsFor('src/domain/example.ts', "import React from 'react';\nexport const r = React;\n"),
    ).toContain('no-restricted-imports');
    expect(
      ruleIdsFor('src/domain/example.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"),
    ).toContain('no-restricted-imports');
  });

  it('flags the task pane importing the Office adapter or using the Excel global', () => {
    expect(
      ruleIdsFor(
        'src/taskpane/Example.ts',
        "import { ExcelWorkbookPort } from '../excel/ExcelWorkbookPort';\nexport const p = ExcelWorkbookPort;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      ruleIdsFor('src/taskpane/Example.ts', 'export const run = () => Excel.run(async () => undefined);\n'),
    ).toContain('no-restricted-globals');
  });

  it('flags the output layer importing the workbook layer', () => {
    expect(
      ruleIdsFor(
        'src/output/example.ts',
        "import { findTables } from '../workbook/findTables';\nexport const f = findTables;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('allows what the design allows: workbook → domain, excel → Excel global', () => {
    expect(
      ruleIdsFor(
        'src/workbook/example.ts',
        "import { sum } from '../domain/money/arithmetic';\nexport const s = sum;\n",
      ),
    ).toEqual([]);
    expect(
      ruleIdsFor('src/excel/example.ts', 'export const run = () => Excel.run(async () => undefined);\n'),
    ).toEqual([]);
  });

  it('flags markup built from strings anywhere in src', () => {
    expect(
      ruleIdsFor(
        'src/taskpane/Example.ts',
        'export const set = (el: HTMLElement, s: string) => { el.innerHTML = s; };\n',
      ),
    ).toContain('no-restricted-properties');
  });
});
