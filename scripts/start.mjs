// npm start: on Linux, with --preview, or where Excel is not installed, serves the browser preview (the task pane
// against an in-memory workbook of the sample tables). On Windows/Mac with Excel it sideloads the add-in the
// yo office way (office-addin-debugging, fetched by npx).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const preview = process.argv.includes('--preview') || !excelInstalled();

function excelInstalled() {
  if (process.platform === 'darwin')
    return (
      existsSync('/Applications/Microsoft Excel.app') ||
      existsSync(join(homedir(), 'Applications/Microsoft Excel.app'))
    );
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    return roots.some((root) => existsSync(join(root, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE')));
  }
  return false;
}

function run(command, args, env = {}) {
  console.log(`start: running ${[command, ...args].join(' ')}`);
  const child = spawn(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code) => process.exit(code ?? 1));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (preview) {
  const why = process.argv.includes('--preview')
    ? '--preview was given'
    : `no Excel found on ${process.platform}`;
  console.log(`start: ${why}; serving the browser preview (in-memory workbook with the sample tables).`);
  console.log(`start: open http://localhost:${PORT}/preview.html once webpack says "compiled successfully".`);
  console.log('start: stop with Ctrl+C.');
  run('npx', ['webpack', 'serve', '--mode', 'development', '--port', String(PORT)], {
    LANSNYCKEL_PREVIEW: '1',
  });
} else {
  console.log(
    'start: Excel found; sideloading manifest.xml with office-addin-debugging (dev server on https://localhost:3000).',
  );
  console.log(
    'start: the first run installs a trusted localhost certificate (office-addin-dev-certs) and may ask for consent.',
  );
  console.log('start: stop with `npm stop`.');
  run('npx', ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml']);
}
