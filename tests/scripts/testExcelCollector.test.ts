import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ContractReport, runAndReport } from '../../src/app/contractReport';
import { CONTRACT_CHECKS } from '../../src/port/contract/contractChecks';
import { type ContractSubject } from '../../src/port/contract/ContractSubject';
import { PreviewContractFixture } from '../../src/preview/PreviewContractFixture';
import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { validateManifest } from '../../scripts/manifest/validateManifest';
import { type Collector, startCollector, summarize } from '../../scripts/test-excel-collector';
import { CONTRACT_ADDIN_ID, contractManifest } from '../../scripts/test-excel-manifest';

const ROOT = join(__dirname, '..', '..');
const IDS = CONTRACT_CHECKS.map((c) => c.id);
const ENV = { host: 'Excel', platform: 'PC', version: '16.0.19231.20156' };

/** The stand-in host: the preview workbook with the suite's fixture, as the contract page has Excel's. */
function previewSubject(): ContractSubject {
  const book = new PreviewWorkbook();
  book.addSheet('Befolkning', [[{ value: { kind: 'text', value: 'Kommun' } }]]);
  return { port: book, fixture: new PreviewContractFixture(book), prefix: 'LNX1' };
}

/** What the contract page does with its report: POST it as JSON. */
const postTo = (collector: Collector) => async (report: unknown) => {
  const res = await fetch(collector.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!res.ok) throw new Error(`collector answered ${res.status}`);
};

describe('the test:excel collector', () => {
  let collector: Collector;
  beforeEach(async () => {
    collector = await startCollector({ port: 0, timeoutSeconds: 60 });
  });
  afterEach(async () => {
    await collector.close();
  });

  it('receives the suite run on a stand-in host and prints 15 passed, 0 failed with exit code 0', async () => {
    await runAndReport(previewSubject(), ENV, postTo(collector));
    const result = await collector.result;
    expect(result.kind).toBe('report');
    const summary = summarize(result, IDS);
    expect(summary).toMatchObject({ passed: 15, failed: 0, exitCode: 0 });
    expect(summary.lines[0]).toBe('Excel, PC, version 16.0.19231.20156');
    expect(summary.lines.at(-1)).toBe('15 passed, 0 failed');
    expect(summary.lines.filter((l) => l.startsWith('  ok      '))).toHaveLength(15);
  });

  it('reports a check that fails on the host (fit to one page tall, Excel’s default) and exits 1', async () => {
    const subject = previewSubject();
    const oneTall: ContractSubject = {
      ...subject,
      fixture: {
        addSheet: (n, s) => subject.fixture.addSheet(n, s),
        removeSheet: (n) => subject.fixture.removeSheet(n),
        removeState: (k) => subject.fixture.removeState(k),
        readPageSetup: async () => ({ orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 1 }),
      },
    };
    await runAndReport(oneTall, ENV, postTo(collector));
    const summary = summarize(await collector.result, IDS);
    expect(summary).toMatchObject({ passed: 14, failed: 1, exitCode: 1 });
    expect(summary.lines).toContain(
      '  FAILED  page-layout: page setup came back as {"orientation":"landscape","fitToPagesWide":1,"fitToPagesTall":1}',
    );
    expect(summary.lines.at(-1)).toBe('14 passed, 1 failed');
  });

  it('counts checks missing from the report and ids the catalogue does not know as failed', async () => {
    const report: ContractReport = {
      kind: 'lansnyckel-contract-report',
      environment: ENV,
      outcomes: [
        ...IDS.filter((id) => id !== 'rollback' && id !== 'hidden-rows').map((id) => ({ id, ok: true })),
        { id: 'retired-check', ok: true },
      ],
    };
    await postTo(collector)(report);
    const summary = summarize(await collector.result, IDS);
    expect(summary).toMatchObject({ passed: 13, failed: 3, exitCode: 1 });
    expect(summary.lines).toEqual(
      expect.arrayContaining([
        '  MISSING hidden-rows: not in the report',
        '  MISSING rollback: not in the report',
        "  UNKNOWN retired-check: not a check of this checkout's suite",
        '13 passed, 3 failed',
      ]),
    );
  });

  it('fails a run that broke outside any check even when every reported check passed', async () => {
    await postTo(collector)({
      kind: 'lansnyckel-contract-report',
      environment: ENV,
      outcomes: IDS.map((id) => ({ id, ok: true })),
      error: 'RichApi.Error: The workbook is read-only',
    });
    const summary = summarize(await collector.result, IDS);
    expect(summary).toMatchObject({ passed: 15, failed: 0, exitCode: 1 });
    expect(summary.lines).toContain('  the run itself failed: RichApi.Error: The workbook is read-only');
  });

  it('answers a malformed report with 400 and the problems by JSON path, and ends invalid (exit 1)', async () => {
    const res = await fetch(collector.url, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'lansnyckel-contract-report',
        environment: ENV,
        outcomes: [{ id: 'values', ok: 'yes' }],
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: string[] };
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]).toMatch(/^outcomes\.0\.ok: /);
    const result = await collector.result;
    expect(result).toEqual({ kind: 'invalid', problems: body.problems });
    expect(summarize(result, IDS)).toMatchObject({ exitCode: 1, passed: 0, failed: 0 });
  });

  it('names a body that is not JSON', async () => {
    const res = await fetch(collector.url, { method: 'POST', body: '15 passed' });
    expect(res.status).toBe(400);
    const result = await collector.result;
    expect(result.kind === 'invalid' && result.problems[0]).toMatch(/^not JSON: /);
  });

  it('takes only the first report (409 afterwards), answers /ping, and 404s anything else', async () => {
    await expect(
      fetch(collector.url.replace('/contract-results', '/ping')).then((r) => r.text()),
    ).resolves.toBe('ok');
    await expect(fetch(collector.url).then((r) => r.status)).resolves.toBe(404);
    const report = { kind: 'lansnyckel-contract-report', environment: ENV, outcomes: [] };
    await postTo(collector)(report);
    const again = await fetch(collector.url, { method: 'POST', body: JSON.stringify(report) });
    expect(again.status).toBe(409);
    // An empty report lists every check as missing: nothing ran, so it cannot pass.
    expect(summarize(await collector.result, IDS)).toMatchObject({ passed: 0, failed: 15, exitCode: 1 });
  });
});

describe('the test:excel collector without a report', () => {
  it('times out cleanly with exit code 2 and says what to check', async () => {
    const collector = await startCollector({ port: 0, timeoutSeconds: 0.05 });
    const result = await collector.result;
    await collector.close();
    expect(result).toEqual({ kind: 'timeout', seconds: 0.05 });
    const summary = summarize(result, IDS);
    expect(summary.exitCode).toBe(2);
    expect(summary.lines[0]).toMatch(
      /^no report from Excel within 0\.05 s: is the add-in "Länsnyckel kontrakttest"/,
    );
  });
});

describe('the test:excel manifest', () => {
  const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const xml = contractManifest(dev);

  it('validates offline, under its own Id and name', () => {
    expect(validateManifest(xml)).toEqual([]);
    expect(xml).toContain(`<Id>${CONTRACT_ADDIN_ID}</Id>`);
    expect(xml).not.toContain(/<Id>([^<]+)<\/Id>/.exec(dev)![1]);
    expect(xml).toContain('<DisplayName DefaultValue="Länsnyckel kontrakttest">');
  });

  it('points the pane, the shared runtime and the functions page at contract.html', () => {
    expect(xml).not.toContain('taskpane.html');
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/contract.html"/>');
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/contract.html"/>');
  });
});

describe('webpack.config.js for test:excel', () => {
  interface Config {
    entry: Record<string, string>;
    plugins: { constructor: { name: string }; userOptions?: { filename?: string; chunks?: string[] } }[];
    devServer: { proxy: { context: string[]; target: string }[] };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../webpack.config.js') as (env: object, argv: object) => Config;

  it('builds contract.html (with the functions, for the shared runtime) in development only', () => {
    const dev = config({}, { mode: 'development' });
    expect(dev.entry.contract).toBe('./src/app/contract.tsx');
    const page = dev.plugins.find((p) => p.userOptions?.filename === 'contract.html');
    expect(page?.userOptions?.chunks).toEqual(['contract', 'functions']);
    const prod = config({}, { mode: 'production' });
    expect(prod.entry.contract).toBeUndefined();
    expect(prod.plugins.some((p) => p.userOptions?.filename === 'contract.html')).toBe(false);
  });

  it('proxies /contract-results to the collector on 127.0.0.1:4201', () => {
    expect(config({}, { mode: 'development' }).devServer.proxy).toEqual([
      { context: ['/contract-results'], target: 'http://127.0.0.1:4201' },
    ]);
  });
});
