import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';

const DALARNA = join(__dirname, '../fixtures/contract/dalarna-2020-vardens-medarbetare.xlsx');

interface CheckJson {
  tables: { sheet: string }[];
  findings: { code: string; sheet: string }[];
}

describe('check on a workbook Länsnyckel has written to', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lansnyckel-')), 'resultat.xlsx');

  beforeAll(async () => {
    const r = await runCli([
      'allocate',
      DALARNA,
      '--key',
      'Befolkning dec 2019',
      '--total',
      '15711504',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('checks only the user’s own sheets, not the Fördelning/Kontroller/Underlag it wrote', async () => {
    const r = await runCli(['check', out, '--json']);
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(json.tables.map((t) => t.sheet)).toEqual(['Dalarna 2020']);
    expect(new Set(json.findings.map((f) => f.sheet))).toEqual(new Set(['Dalarna 2020']));
    expect(r.exitCode).toBe(0);
  });

  it('still checks an output sheet when it is named, and finds it reconciles', async () => {
    const sheets = (
      JSON.parse((await runCli(['check', out, '--json', '--sheet', 'Dalarna 2020'])).stdout) as CheckJson
    ).tables;
    expect(sheets).toHaveLength(1);
    const named = await runCli(['check', out, '--json', '--sheet', 'Fördelning – Befolkning dec…']);
    const fordelning = JSON.parse(named.stdout || '{"tables":[],"findings":[]}') as CheckJson;
    expect(named.stderr).toBe('');
    expect(fordelning.findings.filter((f) => f.code.endsWith('mismatch'))).toEqual([]);
  });
});
