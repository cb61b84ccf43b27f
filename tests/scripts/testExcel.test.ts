import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAndReport } from '../../src/app/contractReport';
import { type ContractSubject } from '../../src/port/contract/ContractSubject';
import { PreviewContractFixture } from '../../src/preview/PreviewContractFixture';
import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { ROOT } from '../helpers/runNodeScript';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npm run test:excel -- …args` as a user would (tsx, its own process) with the collector on a free port;
 * once it prints where it collects, `whenListening` plays the contract page (or does nothing).
 */
function runTestExcel(args: readonly string[], whenListening: (url: string) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, [TSX, join('scripts', 'test-excel.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, LANSNYCKEL_COLLECTOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let posted = false;
  let posting: Promise<void> = Promise.resolve();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const url = /collecting the report at (http:\/\/127\.0\.0\.1:\d+\/contract-results)/.exec(stdout)?.[1];
    if (url && !posted) {
      posted = true;
      posting = whenListening(url);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => void posting.then(() => resolve({ code, stdout, stderr }), reject));
  });
}

/** The stand-in host: the suite on the preview workbook, posted as the contract page posts it. */
function standIn(subject: (s: ContractSubject) => ContractSubject = (s) => s) {
  return async (url: string) => {
    const book = new PreviewWorkbook();
    const base = { port: book, fixture: new PreviewContractFixture(book), prefix: 'LNX2' };
    await runAndReport(
      subject(base),
      { host: 'Excel', platform: 'Mac', version: '16.103' },
      async (report) => {
        const res = await fetch(url, { method: 'POST', body: JSON.stringify(report) });
        if (!res.ok) throw new Error(`collector answered ${res.status}`);
      },
    );
  };
}

const MANUAL = ['--manual', '--no-dev-server'];

describe('npm run test:excel (scripts/test-excel.ts)', () => {
  it('prints every check and "15 passed, 0 failed" and exits 0 when the page reports all passed', async () => {
    const run = await runTestExcel([...MANUAL, '--timeout', '50'], standIn());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('15 passed, 0 failed');
    expect(lines.at(-17)).toBe('Excel, Mac, version 16.103');
    expect(run.stdout).toContain('Ladda upp mitt tillägg → test-output/excel/manifest.contract.xml');
    expect(readFileSync(join(ROOT, 'test-output', 'excel', 'manifest.contract.xml'), 'utf8')).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/contract.html"/>',
    );
  });

  it('exits 1 with "14 passed, 1 failed" when one check fails in the host', async () => {
    const run = await runTestExcel(
      [...MANUAL, '--timeout', '50'],
      standIn((s) => ({
        ...s,
        port: { ...bound(s.port), saveState: async () => ({ ok: true, value: undefined }) },
      })),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}FAILED {2}state-concurrent: state came back as /m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('14 passed, 1 failed');
  });

  it('exits 2 and says what to check when no report comes in time', async () => {
    const run = await runTestExcel([...MANUAL, '--timeout', '0.5'], async () => undefined);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no report from Excel within 0.5 s');
  });

  it('refuses a timeout that is not a positive number of seconds (exit 1)', async () => {
    const run = await runTestExcel([...MANUAL, '--timeout', 'soon'], async () => undefined);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--timeout takes a number of seconds > 0');
  });
});

/** The port's methods bound to it, so that one can be replaced in a spread. */
function bound(port: ContractSubject['port']): ContractSubject['port'] {
  return {
    listSheets: () => port.listSheets(),
    activeSheet: () => port.activeSheet(),
    readSheet: (n) => port.readSheet(n),
    getSelection: () => port.getSelection(),
    selectRange: (n, a) => port.selectRange(n, a),
    writePlan: (p, o) => port.writePlan(p, o),
    loadState: (k) => port.loadState(k),
    saveState: (k, j) => port.saveState(k, j),
    onSheetsChanged: (l) => port.onSheetsChanged(l),
  };
}
