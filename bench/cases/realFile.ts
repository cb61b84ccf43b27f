// `check --json` in-process on a real public export (read + detect + check + report), as the CLI does it.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/runCli';

const REAL_WORLD = path.join(__dirname, '..', '..', '..', 'shared', 'data', 'real-world');

/** The real exports that are present (the shared data folder may be missing outside this machine). */
export function realFileCases(): { name: string; run: () => Promise<void> }[] {
  const file = path.join(REAL_WORLD, 'fhm_vaccine_2022.xlsx');
  if (!fs.existsSync(file)) return [];
  const mb = (fs.statSync(file).size / 2 ** 20).toFixed(2).replace('.', ',');
  return [
    {
      name: `check --json real export fhm_vaccine_2022.xlsx (${mb} MB, in-process)`,
      run: async () => {
        const r = await runCli(['check', file, '--json']);
        if (r.exitCode === 2) throw new Error(r.stderr);
      },
    },
  ];
}
