// npm run test:excel — the WorkbookPort contract suite inside real Excel, the Office templates' way: sideload a
// contract-test add-in (office-addin-debugging), let its page (contract.html) run the suite over Office.js and post
// the report, collect it here (office-addin-test-server style), print "N passed, N failed", exit non-zero on failure.
//
//   npm run test:excel                         desktop Excel (Windows/Mac): sideloads and opens Excel
//   npm run test:excel -- --web --document <url>   Excel on the web: sideloads into that workbook (OneDrive/SharePoint)
//   npm run test:excel -- --manual             only the dev server and the collector; upload the printed manifest yourself
//   --no-dev-server (with --manual): the dev server already runs (npm run dev-server in another terminal)
//   --timeout <seconds> (default 300)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTRACT_CHECKS } from '../src/port/contract/contractChecks';
import { startCollector, summarize } from './test-excel-collector';
import { CONTRACT_ADDIN_NAME, contractManifest } from './test-excel-manifest';

const ROOT = join(__dirname, '..');
const COLLECTOR_PORT = Number(process.env.LANSNYCKEL_COLLECTOR_PORT ?? 4201);
const DEBUGGING = ['--yes', 'office-addin-debugging@6'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const web = process.argv.includes('--web');
const document = option('--document');
const manual =
  process.argv.includes('--manual') || (web && !document) || !['win32', 'darwin'].includes(process.platform);
const timeoutSeconds = Number(option('--timeout') ?? 300);

function npx(args: string[]): ChildProcess {
  console.log(`test:excel: npx ${args.join(' ')}`);
  return spawn('npx', args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
}

async function main(): Promise<number> {
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    console.error('test:excel: --timeout takes a number of seconds > 0');
    return 1;
  }
  const outDir = join(ROOT, 'test-output', 'excel');
  mkdirSync(outDir, { recursive: true });
  const manifest = join(outDir, 'manifest.contract.xml');
  writeFileSync(manifest, contractManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')));
  const manifestArg = relative(ROOT, manifest);

  const collector = await startCollector({ port: COLLECTOR_PORT, timeoutSeconds });
  console.log(`test:excel: collecting the report at ${collector.url} (dev server path /contract-results)`);

  let devServer: ChildProcess | undefined;
  let sideloaded = false;
  if (manual && process.argv.includes('--no-dev-server')) {
    console.log('test:excel: --no-dev-server: expecting `npm run dev-server` to be running on port 3000.');
  } else if (manual) {
    const webpackBin = join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
    console.log('test:excel: webpack serve --mode development');
    devServer = spawn(process.execPath, [webpackBin, 'serve', '--mode', 'development'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  if (manual) {
    console.log(
      [
        'test:excel: no desktop sideload here. Once the dev server is up:',
        `  Excel on the web: Start → Tillägg → Mina tillägg → Ladda upp mitt tillägg → ${manifestArg},`,
        `  then open "${CONTRACT_ADDIN_NAME}" from the Start tab. Desktop Excel: sideload the same file.`,
        '  Excel must trust https://localhost:3000 (npx office-addin-dev-certs install).',
        `test:excel: waiting up to ${timeoutSeconds} s for the report …`,
      ].join('\n'),
    );
  } else {
    const args = web
      ? ['start', manifestArg, 'web', '--app', 'excel', '--document', document!]
      : ['start', manifestArg, 'desktop', '--app', 'excel'];
    const start = npx([...DEBUGGING, ...args]);
    sideloaded = true;
    start.on('exit', (code) => {
      if (code !== 0) console.error(`test:excel: office-addin-debugging start exited with ${code}`);
    });
    console.log(`test:excel: Excel opens with "${CONTRACT_ADDIN_NAME}"; waiting up to ${timeoutSeconds} s …`);
  }

  const result = await collector.result;
  await collector.close();
  const summary = summarize(
    result,
    CONTRACT_CHECKS.map((c) => c.id),
  );
  for (const line of summary.lines) console.log(line);

  if (sideloaded)
    spawnSync('npx', [...DEBUGGING, 'stop', manifestArg], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  if (devServer?.pid !== undefined) devServer.kill();
  return summary.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:excel: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
