import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { executeSheetPlanExcelJS } from '../../src/cli/executeSheetPlanExcelJS';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { requireRange } from '../../src/domain/a1/requireRange';
import { buildSheetPlan } from '../../src/output/buildSheetPlan';
import { type SheetPlan } from '../../src/output/SheetPlan';
import { buildAllocation, units } from '../helpers/allocationBuilder';
import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('security: no code from text', () => {
  it('src/ has no innerHTML, dangerouslySetInnerHTML, eval( or new Function', () => {
    const banned = /dangerouslySetInnerHTML|innerHTML|\beval\s*\(|new\s+Function\b/;
    const hits = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          banned.test(line) ? [`${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});

describe('security: manifest and content security policy', () => {
  it('the manifest asks for ReadWriteDocument and nothing more', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(['ReadWriteDocument']);
    expect(xml).not.toMatch(/ReadWriteMailbox|ReadWriteItem|Restricted/);
  });

  it.each(['taskpane.html', 'preview.html', 'presentation.html'])(
    '%s has a CSP meta tag: self only, no eval, no inline script, no foreign connect',
    (page) => {
      const html = readFileSync(join(ROOT, 'src', 'app', page), 'utf8');
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
      expect(meta).not.toBeNull();
      const policy = Object.fromEntries(
        meta![1]!.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name!, values];
        }),
      );
      expect(policy['default-src']).toEqual(["'self'"]);
      // Pages that load office.js let its telemetry (telemetry/oteljs_agave.js) post to the Aria collectors.
      const office = page !== 'preview.html';
      expect(policy['connect-src']).toEqual(
        office ? ["'self'", 'https://*.pipe.aria.microsoft.com'] : ["'self'"],
      );
      expect(policy['base-uri']).toEqual(["'self'"]);
      expect(policy['form-action']).toEqual(["'none'"]);
      // Scripts: our bundle, plus Office.js from Microsoft's CDN on the Office pages only.
      const allowed = office ? ["'self'", 'https://appsforoffice.microsoft.com'] : ["'self'"];
      expect(policy['script-src']).toEqual(allowed);
      expect(meta![1]).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    },
  );
});

describe('security: labels never become formulas', () => {
  const LABELS = [
    '=1+1',
    '+A1',
    '-5',
    '@SUM(A1:A2)',
    '\t=cmd',
    '\r=cmd',
    '=HYPERLINK("https://example.invalid","klicka")',
    "'Apostrof",
  ];
  // The sheets write unit labels trimmed: '\t=cmd' arrives as '=cmd', which must still be text.
  const WRITTEN = LABELS.map((l) => l.trim());

  function hostilePlan(existing: readonly string[] = ['Blad1']): SheetPlan {
    const allocation = buildAllocation({
      planName: '=Plan',
      units: units(LABELS.map((l) => ['', l])),
      pots: [{ name: '+Pott', frame: 800n, keys: LABELS.map(() => 1n) }],
    });
    return buildSheetPlan({
      allocation,
      findings: [],
      plan: { name: '=Plan', keyInWords: '@nyckel', steps: ['-steg'] },
      source: { sheet: 'Blad1', range: 'A1:B9' },
      date: '2025-01-31',
      lang: 'sv',
      existingSheetNames: existing,
    });
  }

  /** Every planned text cell holding one of the labels: sheet, 0-based row/col, label. */
  function labelCells(plan: SheetPlan): { sheet: string; row: number; col: number; text: string }[] {
    return plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((block) => {
        const { startRow, startCol } = requireRange(block.address);
        const origin = { row: startRow, col: startCol };
        return block.rows.flatMap((cells, r) =>
          cells.flatMap((c, col) =>
            c.kind === 'text' && WRITTEN.includes(c.text)
              ? [{ sheet: sheet.name, row: origin.row + r, col: origin.col + col, text: c.text }]
              : [],
          ),
        );
      }),
    );
  }

  it('through ExcelWorkbookPort (fake Excel): each label is stored as the exact text, never a formula', async () => {
    const fake = new FakeExcel();
    fake.model.addSheet('Blad1', [['Kommun']]);
    const plan = hostilePlan();
    const targets = labelCells(plan);
    expect(new Set(targets.map((t) => t.text))).toEqual(new Set(WRITTEN));
    const result = await new ExcelWorkbookPort(fake.host).writePlan(plan, { replaceExisting: false });
    expect(result.ok).toBe(true);
    for (const t of targets) {
      const cell = fake.model.peek(fake.model.findSheet(t.sheet)!, t.row, t.col);
      expect({ at: t, value: cell?.value, formula: cell?.formula }).toEqual({
        at: t,
        value: t.text,
        formula: undefined,
      });
    }
  });

  it('through executeSheetPlanExcelJS and a save/reload: each label is a string cell with the exact text', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1');
    const plan = hostilePlan();
    executeSheetPlanExcelJS(wb, plan);
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    for (const t of labelCells(plan)) {
      const cell = reloaded.getWorksheet(t.sheet)!.getCell(t.row + 1, t.col + 1);
      // XML parsing turns a raw CR into LF and ExcelJS does not escape it (_x000D_): the text stays text, the
      // CR does not survive the file. Known limitation, docs/security.md.
      expect({ at: t, value: cell.value, formula: cell.formula }).toEqual({
        at: t,
        value: t.text.replace(/\r/g, '\n'),
        formula: undefined,
      });
    }
  });
});
