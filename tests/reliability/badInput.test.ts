import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../src/domain/plan/parsePlan';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { handBuiltPlan } from '../helpers/fakeExcel/handBuiltPlan';
import {
  cliUnchanged,
  fakeWith,
  kommunTable,
  paneAllocate,
  paneCheck,
  tempDir,
  writeXlsx,
  type Literal,
} from './helpers';

// Every row of docs/reliability.md is one describe block here: the CLI on files (hashed before and after) and
// the add-in on the strict fake Excel (every sheet compared before and after). Messages are asserted verbatim
// where the catalogue quotes them.

const KEY = ['--key', 'Befolkning', '--total', '100'];

async function cliOn(
  rows: Literal[][] | Parameters<typeof writeXlsx>[1],
  argv = KEY,
  tweak?: Parameters<typeof writeXlsx>[2],
) {
  const dir = tempDir();
  const file = await writeXlsx(join(dir, 'indata.xlsx'), rows, tweak);
  const check = await cliUnchanged(dir, ['check', file, '--key', 'Befolkning']);
  const allocate = await cliUnchanged(dir, ['allocate', file, ...argv]);
  return { check, allocate, dir, file };
}

async function paneOn(
  rows: Literal[][],
  spec: Parameters<typeof paneAllocate>[1] = { key: 'Befolkning', total: 100 },
) {
  const fake = fakeWith(rows);
  const before = fake.model.snapshot();
  const outcome = await paneAllocate(fake, spec);
  return { fake, before, outcome };
}

describe('bad input: empty sheet', () => {
  it('CLI: exits 2 and says no table was found, for check and allocate', async () => {
    const { check, allocate } = await cliOn([]);
    expect(check).toMatchObject({ exitCode: 2, stdout: '' });
    expect(check.stderr).toBe(
      'Ingen tabell med kommuner eller regioner hittades i indata.xlsx. Länsnyckel letar efter en kolumn med minst två kommun- eller regionnamn; inget kontrollerades.\n',
    );
    expect(allocate.exitCode).toBe(2);
    expect(allocate.stderr).toContain('inget fördelades');
  });

  it('add-in: the port returns an empty Grid, no table is found and nothing is written', async () => {
    const { fake, before, outcome } = await paneOn([]);
    expect((await paneCheck(fake)).tables).toEqual([]);
    expect(outcome.written).toBe(false);
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: text in a number column', () => {
  it('CLI: allocate refuses naming the cell and the text; check flags the key cell', async () => {
    const { check, allocate } = await cliOn(kommunTable(['abc', 200, 300, 400]));
    expect(allocate.exitCode).toBe(2);
    expect(allocate.stderr).toBe(
      'Inget fördelades: Nyckeln ”Befolkning” för ”Mora” (B2) är texten ”abc”, inte ett tal. Skriv in ett tal.\n',
    );
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('B2 innehåller ”abc”');
  });

  it('add-in: the same refusal, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(kommunTable(['abc', 200, 300, 400]));
    expect(outcome).toMatchObject({
      written: false,
      messages: ['Nyckeln ”Befolkning” för ”Mora” (B2) är texten ”abc”, inte ett tal. Skriv in ett tal.'],
    });
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('both: Swedish number text ("1 264 598 kr") is read as the number and flagged number-as-text', async () => {
    const { check } = await cliOn(kommunTable(['1 264 598 kr', 200, 300, 400]));
    expect(check.stdout).toContain('B2 innehåller talet ”1 264 598 kr” som text');
    const fake = fakeWith(kommunTable(['1 264 598 kr', 200, 300, 400]));
    const { findings } = await paneCheck(fake);
    expect(findings.map((f) => f.code)).toContain('number-as-text');
  });
});

describe('bad input: all-zero key', () => {
  const rows = kommunTable([0, 0, 0, 0]);
  const message =
    'Nyckeln ”Befolkning” är 0 för alla rader (B2:B5), så det finns inget att fördela efter. Kontrollera att rätt kolumn är vald.';

  it('CLI: allocate refuses with the key range', async () => {
    const { allocate } = await cliOn(rows);
    expect(allocate).toMatchObject({ exitCode: 2, stderr: `Inget fördelades: ${message}\n` });
  });

  it('add-in: the same refusal, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(rows);
    expect(outcome).toMatchObject({ written: false, messages: [message] });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: blank key cells', () => {
  const rows = kommunTable([100, null, 300, 400]);
  const message =
    'Nyckeln ”Befolkning” för ”Orsa” (B3) är tom. Fyll i värdet (0 om enheten inte ska ha något).';

  it('CLI: check reports blank-in-key (exit 1) and allocate refuses (exit 2)', async () => {
    const { check, allocate } = await cliOn(rows);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('Nyckeln ”Befolkning” är tom för ”Orsa” (B3)');
    expect(allocate).toMatchObject({ exitCode: 2, stderr: `Inget fördelades: ${message}\n` });
  });

  it('add-in: the same refusal, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(rows);
    expect(outcome).toMatchObject({ written: false, messages: [message] });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: negative or zero frame', () => {
  it('CLI: a negative --total is refused; a zero total gives 0 kr to everyone', async () => {
    const { allocate } = await cliOn(kommunTable(), ['--key', 'Befolkning', '--total', '-100']);
    expect(allocate).toMatchObject({
      exitCode: 2,
      stderr: '--total måste vara ett belopp i kronor, inte "-100".\n',
    });
    const zero = await cliOn(kommunTable(), ['--key', 'Befolkning', '--total', '0', '--json']);
    expect(zero.allocate.exitCode).toBe(0);
    const json = JSON.parse(zero.allocate.stdout) as { sum: number; allocations: { amount: number }[] };
    expect(json.sum).toBe(0);
    expect(json.allocations.every((a) => a.amount === 0)).toBe(true);
  });

  it('add-in: a negative frame in a plan is refused in Swedish, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(kommunTable(), { key: 'Befolkning', total: -100 });
    expect(outcome).toMatchObject({
      written: false,
      messages: ['Planen är ogiltig vid pots[0].frame.amount: måste vara 0 eller mer.'],
    });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: frame with decimals in a 1-kr plan', () => {
  it('CLI: refused, naming the frame and the rounding unit', async () => {
    const { allocate } = await cliOn(kommunTable(), ['--key', 'Befolkning', '--total', '100,50']);
    expect(allocate).toMatchObject({
      exitCode: 2,
      stderr:
        'Fördelningen gick inte: Potten ”Befolkning”: ramen (100,50 kr) är inte en jämn multipel av avrundningsenheten.\n',
    });
  });

  it('add-in: the plan is refused at its JSON path, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(kommunTable(), { key: 'Befolkning', total: '100,50' });
    expect(outcome).toMatchObject({
      written: false,
      messages: ['Planen vid pots[0].frame.amount: ramen är inte en jämn multipel av avrundningsenheten.'],
    });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

function limitsPlan(limits: { floor?: number; cap?: number }): unknown {
  return {
    version: 1,
    name: 'Golv',
    indicators: [{ id: 'bef', name: 'Befolkning' }],
    pots: [
      {
        id: 'a',
        name: 'A',
        frame: { amount: 100 },
        steps: [
          { kind: 'key', key: { type: 'indicator', indicator: 'bef' } },
          { kind: 'limits', ...limits },
        ],
      },
    ],
  };
}

describe('bad input: Σ floors > frame, and cap < floor', () => {
  const floors =
    'Potten ”A”: golven (120 kr med grundbelopp och storleksklasser) är större än det som fördelas (100 kr).';
  const capBelow = 'Planen vid pots[0].steps[1]: taket är lägre än golvet.';

  it('CLI: both plans are refused with the amounts or the step named', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, 'indata.xlsx'), kommunTable());
    writeFileSync(join(dir, 'golv.json'), JSON.stringify(limitsPlan({ floor: 30 })));
    writeFileSync(join(dir, 'tak.json'), JSON.stringify(limitsPlan({ floor: 30, cap: 10 })));
    const a = await cliUnchanged(dir, ['allocate', file, '--plan', join(dir, 'golv.json')]);
    expect(a).toMatchObject({ exitCode: 2, stderr: `Fördelningen gick inte: ${floors}\n` });
    const b = await cliUnchanged(dir, ['allocate', file, '--plan', join(dir, 'tak.json')]);
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toBe(`Planen i ${join(dir, 'tak.json')} går inte att använda: ${capBelow}\n`);
  });

  it('add-in: the same problems, nothing written', async () => {
    const a = await paneOn(kommunTable(), { planJson: limitsPlan({ floor: 30 }) });
    expect(a.outcome).toMatchObject({ written: false, messages: [floors] });
    expect(a.fake.model.snapshot()).toEqual(a.before);
    const b = await paneOn(kommunTable(), { planJson: limitsPlan({ floor: 30, cap: 10 }) });
    expect(b.outcome).toMatchObject({ written: false, messages: [capBelow] });
    expect(b.fake.model.snapshot()).toEqual(b.before);
  });
});

describe('bad input: duplicate units', () => {
  const rows: Literal[][] = [
    ['Kommun', 'Befolkning'],
    ['Mora', 1],
    ['Mora', 2],
    ['Orsa', 3],
  ];
  const message =
    '”Mora” finns på flera rader (A2, A3) och får då pengar flera gånger. Ta bort eller slå ihop raderna.';

  it('CLI: check exits 1 with unit-duplicate; allocate refuses instead of paying Mora twice', async () => {
    const { check, allocate } = await cliOn(rows);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain(message);
    expect(allocate).toMatchObject({ exitCode: 2, stderr: `Inget fördelades: ${message}\n` });
  });

  it('add-in: the same refusal, nothing written', async () => {
    const { fake, before, outcome } = await paneOn(rows);
    expect(outcome).toMatchObject({ written: false, messages: [message] });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: unknown units', () => {
  const rows: Literal[][] = [
    ['Kommun', 'Befolkning'],
    ['Mora', 1],
    ['Moraa', 2],
    ['Orsa', 3],
  ];

  it('CLI: check warns with "did you mean"; allocate pays the row but says so on stderr', async () => {
    const { check, allocate } = await cliOn(rows);
    expect(check.stdout).toContain('”Moraa” i A3 är ingen känd kommun eller region. Menade du ”Mora”');
    expect(allocate.exitCode).toBe(0);
    expect(allocate.stderr).toBe(
      'Obs: ”Moraa” (A3) är ingen känd kommun eller region men får ett belopp. Kontrollera namnet.\n',
    );
  });

  it('add-in: writes the output, shows the note, and leaves the source sheet as it was', async () => {
    const { fake, before, outcome } = await paneOn(rows);
    expect(outcome.written).toBe(true);
    expect(outcome.messages).toEqual([
      '”Moraa” (A3) är ingen känd kommun eller region men får ett belopp. Kontrollera namnet.',
    ]);
    const source = (s: unknown) =>
      (s as { sheets: { name: string }[] }).sheets.find((x) => x.name === 'Blad1');
    expect(source(fake.model.snapshot())).toEqual(source(before));
  });
});

describe('bad input: merged cells in the table', () => {
  const rows = kommunTable([100, null, 300, 400]);

  it('CLI: allocate refuses naming the merged area and the blank cell it leaves', async () => {
    const { allocate } = await cliOn(kommunTable([100, 200, 300, 400]), KEY, (ws) => ws.mergeCells('B2:B3'));
    expect(allocate.exitCode).toBe(2);
    expect(allocate.stderr).toContain(
      'Tabellen har sammanslagna celler (B2:B3). En sammanslagen cell har bara ett värde, i sin översta cell; de andra raderna blir tomma. Dela upp sammanslagningen och fyll i varje rad.',
    );
    // Exit 2 is one line on stderr; every problem is listed on stdout.
    expect(allocate.stderr.trim().split('\n')).toHaveLength(1);
    expect(allocate.stdout).toContain('”Orsa” (B3) är tom');
  });

  it('add-in: the port reads the merged area (ExcelApi 1.13) and the same refusal names it', async () => {
    const fake = fakeWith(rows);
    fake.model.findSheet('Blad1')!.merged.push('B2:B3');
    const before = fake.model.snapshot();
    const outcome = await paneAllocate(fake, { key: 'Befolkning', total: 100 });
    expect(outcome.written).toBe(false);
    expect(outcome.messages[0]).toContain('Tabellen har sammanslagna celler (B2:B3).');
    expect(fake.model.snapshot()).toEqual(before);
  });

  it('add-in before ExcelApi 1.13: merged-away cells read as blank, so the blank key is refused by cell', async () => {
    const fake = new FakeExcel({ apiVersion: '1.12' });
    fake.model.addSheet('Blad1', rows).merged.push('B2:B3');
    const before = fake.model.snapshot();
    const outcome = await paneAllocate(fake, { key: 'Befolkning', total: 100 });
    expect(outcome.written).toBe(false);
    expect(outcome.messages[0]).toContain('(B3) är tom');
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: hidden or filtered rows', () => {
  it('CLI: allocates including the hidden row and says which', async () => {
    const { allocate } = await cliOn(kommunTable(), KEY, (ws) => {
      ws.getRow(3).hidden = true;
    });
    expect(allocate.exitCode).toBe(0);
    expect(allocate.stderr).toBe(
      'Obs: Dolda eller filtrerade rader räknas med i fördelningen: rad 3 (Orsa). Visa raderna om de inte ska vara med och ta bort dem.\n',
    );
  });

  it('add-in: the port reports the hidden row, the note is shown, the source is unchanged', async () => {
    const fake = fakeWith(kommunTable());
    fake.model.findSheet('Blad1')!.hiddenRows.add(2);
    const before = fake.model.snapshot();
    const outcome = await paneAllocate(fake, { key: 'Befolkning', total: 100 });
    expect(outcome.written).toBe(true);
    expect(outcome.messages).toEqual([
      'Dolda eller filtrerade rader räknas med i fördelningen: rad 3 (Orsa). Visa raderna om de inte ska vara med och ta bort dem.',
    ]);
    const source = (s: unknown) => (s as { sheets: { name: string }[] }).sheets[0];
    expect(source(fake.model.snapshot())).toEqual(source(before));
  });
});

describe('bad input: error values (#REF!, #N/A, #DIV/0!)', () => {
  it('CLI: check reports each as error-value; allocate refuses naming each cell', async () => {
    const { check, allocate } = await cliOn([
      ['Kommun', 'Befolkning'],
      ['Mora', { error: '#REF!' }],
      ['Orsa', { error: '#N/A' }],
      ['Falun', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('B2 visar felvärdet #REF!. Rätta formeln innan tabellen används.');
    // One stderr line counts them and names the first; stdout lists each cell.
    expect(allocate.stderr).toBe(
      'Inget fördelades: 3 problem av samma slag, t.ex.: Nyckeln ”Befolkning” för ”Mora” (B2) visar felvärdet #REF!. Rätta formeln. (alla står på stdout)\n',
    );
    for (const line of [
      'Nyckeln ”Befolkning” för ”Mora” (B2) visar felvärdet #REF!. Rätta formeln.',
      'Nyckeln ”Befolkning” för ”Orsa” (B3) visar felvärdet #N/A. Rätta formeln.',
      'Nyckeln ”Befolkning” för ”Falun” (B4) visar felvärdet #DIV/0!. Rätta formeln.',
    ])
      expect(allocate.stdout).toContain(`  ${line}\n`);
  });

  it('add-in: the same refusal for stored errors and a formula that divides by zero', async () => {
    const { fake, before, outcome } = await paneOn([
      ['Kommun', 'Befolkning'],
      ['Mora', '#REF!'],
      ['Orsa', '#N/A'],
      ['Falun', '=1/0'],
    ]);
    expect(outcome.messages).toEqual([
      'Nyckeln ”Befolkning” för ”Mora” (B2) visar felvärdet #REF!. Rätta formeln.',
      'Nyckeln ”Befolkning” för ”Orsa” (B3) visar felvärdet #N/A. Rätta formeln.',
      'Nyckeln ”Befolkning” för ”Falun” (B4) visar felvärdet #DIV/0!. Rätta formeln.',
    ]);
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: formulas that return text', () => {
  // "saknas", not "x": "x" is the statistics offices' suppression mark and gets its own refusal.
  const message = 'Nyckeln ”Befolkning” för ”Orsa” (B3) är texten ”saknas”, inte ett tal. Skriv in ett tal.';

  it('CLI: the text result is refused like typed text', async () => {
    const { allocate } = await cliOn([
      ['Kommun', 'Befolkning'],
      ['Mora', 1],
      ['Orsa', { formula: '"saknas"', result: 'saknas' }],
      ['Falun', 3],
    ]);
    expect(allocate).toMatchObject({ exitCode: 2, stderr: `Inget fördelades: ${message}\n` });
  });

  it('add-in: the same refusal, nothing written', async () => {
    const { fake, before, outcome } = await paneOn([
      ['Kommun', 'Befolkning'],
      ['Mora', 1],
      ['Orsa', '="saknas"'],
      ['Falun', 3],
    ]);
    expect(outcome).toMatchObject({ written: false, messages: [message] });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: a protected sheet or workbook', () => {
  it('CLI: a protected input sheet is read, and the input file is never written', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, 'indata.xlsx'), kommunTable(), (ws) => {
      void ws.protect('hemligt', {});
    });
    const out = join(tempDir(), 'resultat.xlsx');
    const r = await cliUnchanged(dir, ['allocate', file, ...KEY, '--out', out]);
    expect(r.exitCode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Blad1');
  });

  it('add-in: a protected workbook structure is refused before anything is written', async () => {
    const fake = fakeWith(kommunTable());
    fake.model.protectedWorkbook = true;
    const before = fake.model.snapshot();
    const outcome = await paneAllocate(fake, { key: 'Befolkning', total: 100 });
    expect(outcome).toMatchObject({
      written: false,
      messages: ['Arbetsboken eller bladet är skyddat. Ta bort skyddet och försök igen.'],
    });
    expect(fake.model.snapshot()).toEqual(before);
  });
});

describe('bad input: workbook in cell-edit mode', () => {
  const message =
    'Excel redigerar en cell just nu. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.';

  it('add-in: reading and writing say how to leave cell-edit mode, and nothing changes', async () => {
    const fake = fakeWith(kommunTable());
    const before = fake.model.snapshot();
    fake.inject({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
    expect((await paneCheck(fake)).messages).toEqual([message]);
    const write = fakeWith(kommunTable());
    const base = write.model.snapshot();
    write.inject({ atSync: 1, code: 'InvalidOperationInCellEditMode' });
    const result = await new ExcelWorkbookPort(write.host).writePlan(handBuiltPlan(10), {
      replaceExisting: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'cell-edit-mode', message: { sv: message } } });
    expect(fake.model.snapshot()).toEqual(before);
    expect(write.model.snapshot()).toEqual(base);
  });
});

describe('bad input: sheet names that collide with the output names', () => {
  it('CLI: a user sheet named Kontroller is kept; the output takes "Kontroller (2)"', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, 'indata.xlsx'), kommunTable(), (_ws, wb) => {
      wb.addWorksheet('Kontroller').getCell('A1').value = 'mina anteckningar';
    });
    const out = join(tempDir(), 'resultat.xlsx');
    const r = await cliUnchanged(dir, ['allocate', file, ...KEY, '--out', out]);
    expect(r.exitCode).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Blad1', 'Kontroller', 'Kontroller (2)']),
    );
    expect(wb.getWorksheet('Kontroller')!.getCell('A1').value).toBe('mina anteckningar');
  });

  it('add-in: the pane picks "Kontroller (2)"; the port refuses a plan that names the user\'s sheet', async () => {
    const fake = fakeWith(kommunTable());
    fake.model.addSheet('Kontroller', [['mina anteckningar']]);
    const userSheet = () => (fake.model.snapshot() as { sheets: { name: string }[] }).sheets[1];
    const mine = userSheet();
    const outcome = await paneAllocate(fake, { key: 'Befolkning', total: 100 });
    expect(outcome.written).toBe(true);
    expect(fake.model.sheets.map((s) => s.name)).toContain('Kontroller (2)');
    expect(userSheet()).toEqual(mine);

    const direct = fakeWith(kommunTable());
    direct.model.addSheet('Kontroller', [['mina anteckningar']]);
    const before = direct.model.snapshot();
    const result = await new ExcelWorkbookPort(direct.host).writePlan(handBuiltPlan(10), {
      replaceExisting: true,
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'name-collision',
        message: {
          sv: 'Bladet Kontroller är ditt eget (saknar Länsnyckels märkning) och har samma namn som ett resultatblad. Byt namn på det; inget skrevs.',
        },
      },
    });
    expect(direct.model.snapshot()).toEqual(before);
  });
});

describe('bad input: plan JSON that is malformed, newer or hostile', () => {
  const hostile: Record<string, { text: string; sv: string }> = {
    malformed: {
      text: '{"version": 1,',
      sv: 'Planen är ogiltig: ogiltig JSON (',
    },
    newer: {
      text: JSON.stringify({ version: 2, name: 'Från framtiden', pots: [] }),
      sv: 'Planen har version 2 och skapades av en nyare Länsnyckel; den här versionen läser version 1.',
    },
    'huge number': {
      text: JSON.stringify(limitsPlanWithFrame(1e300)),
      sv: 'Planen är ogiltig vid pots[0].frame.amount: talet är för stort för att läsas exakt',
    },
    'deep nesting': {
      text: '{"version":1,"name":"x","pots":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
      sv: 'Planen är ogiltig vid pots[0]: fel typ (väntade ett objekt).',
    },
    'enormous string': {
      text: JSON.stringify({ version: 1, name: 'x'.repeat(2_000_000), pots: [] }),
      sv: 'Planen är ogiltig: planen är för stor (över 1 MB).',
    },
    'long name': {
      text: JSON.stringify({ ...(limitsPlanWithFrame(100) as object), name: 'x'.repeat(100_000) }),
      sv: 'Planen är ogiltig vid name: för stort eller för många.',
    },
  };

  it.each(Object.keys(hostile))('CLI: a %s plan exits 2 with the problem, no stack trace', async (name) => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, 'indata.xlsx'), kommunTable());
    writeFileSync(join(dir, 'plan.json'), hostile[name]!.text);
    const r = await cliUnchanged(dir, ['allocate', file, '--plan', join(dir, 'plan.json')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`går inte att använda: ${hostile[name]!.sv}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(Object.keys(hostile))(
    'add-in: a %s plan saved in the workbook loads as a problem, nothing written',
    async (name) => {
      const fake = fakeWith(kommunTable());
      const port = new ExcelWorkbookPort(fake.host);
      // Under 1 MB the text round-trips through the workbook's custom XML part as the pane would load it.
      const text = hostile[name]!.text;
      const loaded =
        text.length < 1_000_000 && (await port.saveState('plans', text)).ok
          ? await port.loadState('plans')
          : { ok: true as const, value: text };
      const before = fake.model.snapshot();
      expect(loaded.ok).toBe(true);
      const parsed = parsePlanText(loaded.ok ? (loaded.value ?? '') : '');
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.problems[0]!.message.sv).toContain(hostile[name]!.sv);
      expect(fake.model.snapshot()).toEqual(before);
    },
  );
});

function limitsPlanWithFrame(amount: number): unknown {
  const plan = limitsPlan({}) as { pots: { frame: unknown; steps: unknown[] }[] };
  plan.pots[0]!.frame = { amount };
  plan.pots[0]!.steps = plan.pots[0]!.steps.slice(0, 1);
  return plan;
}

describe('bad input: a CSV with mixed separators and a BOM', () => {
  it('CLI: a BOM alone is harmless; a line with another separator is refused by line number', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.csv'), '\uFEFFKommun;Befolkning\nMora;1 000\nOrsa;2000\nFalun;3000\n');
    const ok = await cliUnchanged(dir, ['allocate', join(dir, 'bom.csv'), ...KEY, '--json']);
    expect(ok.exitCode).toBe(0);
    expect((JSON.parse(ok.stdout) as { sum: number }).sum).toBe(100);
    writeFileSync(
      join(dir, 'blandad.csv'),
      '\uFEFFKommun;Befolkning;Belopp\nMora;1 000;10\nOrsa,2000,20\nFalun;3000;30\n',
    );
    const mixed = await cliUnchanged(dir, ['check', join(dir, 'blandad.csv')]);
    expect(mixed).toMatchObject({
      exitCode: 2,
      stderr:
        'Rad 3 i blandad.csv är skriven med "," som avgränsare men resten av filen med ";". Använd samma avgränsare på alla rader; inget lästes.\n',
    });
  });
});

describe('bad input: an .xlsx that is not a zip', () => {
  it('CLI: exits 2 with a one-line message and leaves the file as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'trasig.xlsx'), 'Kommun;Befolkning\nMora;1\n');
    for (const command of ['check', 'allocate']) {
      const r = await cliUnchanged(dir, [
        command,
        join(dir, 'trasig.xlsx'),
        ...(command === 'allocate' ? KEY : []),
      ]);
      expect(r).toMatchObject({
        exitCode: 2,
        stdout: '',
        stderr: 'Kunde inte läsa trasig.xlsx som en Excel-arbetsbok (.xlsx).\n',
      });
    }
  });
});
