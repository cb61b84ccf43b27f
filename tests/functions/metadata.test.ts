import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { LOCALIZED_FUNCTIONS } from '../../src/functions/localizedNames';
import { LANSNYCKEL_FORMULAS } from '../../src/functions/lansnyckelFormulas';
import { defined } from '../helpers/defined';

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
}

const FUNCTIONS_TS = join(__dirname, '../../src/functions/functions.ts');

/** What the webpack plugin will emit as functions.json, generated the same way (custom-functions-metadata). */
async function generate(): Promise<{ functions: Fn[]; associate: { functionName: string; id: string }[] }> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
  expect(result.errors).toEqual([]);
  return {
    functions: (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions,
    associate: result.associate,
  };
}

describe('functions.json generated from functions.ts', () => {
  let functions: Fn[];
  let associate: { functionName: string; id: string }[];
  const byId = (id: string): Fn => {
    const fn = functions.find((f) => f.id === id);
    if (!fn) throw new Error(`no function ${id}`);
    return fn;
  };
  const shape = (fn: Fn) =>
    fn.parameters.map((p) => ({
      name: p.name,
      matrix: p.dimensionality === 'matrix',
      optional: p.optional === true,
      repeating: p.repeating === true,
    }));

  beforeAll(async () => {
    ({ functions, associate } = await generate());
  });

  it('declares the four functions with ASCII ids and the names users type', () => {
    expect(functions.map((f) => [f.id, f.name])).toEqual([
      ['FORDELA', 'FORDELA'],
      ['FORDELA_BAS', 'FORDELA.BAS'],
      ['BLAND', 'BLAND'],
      ['KONTROLL', 'KONTROLL'],
    ]);
    functions.forEach((f) => expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,63}$/));
  });

  it('associates each id with its wrapper in functions.ts', () => {
    expect(associate.map((a) => [a.id, a.functionName])).toEqual([
      ['FORDELA', 'FORDELA'],
      ['FORDELA_BAS', 'FORDELA_BAS'],
      ['BLAND', 'BLAND'],
      ['KONTROLL', 'KONTROLL'],
    ]);
  });

  it('gives FORDELA a range key and optional golv, tak, avrundning, koder', () => {
    expect(shape(byId('FORDELA'))).toEqual([
      { name: 'belopp', matrix: false, optional: false, repeating: false },
      { name: 'nyckel', matrix: true, optional: false, repeating: false },
      { name: 'golv', matrix: true, optional: true, repeating: false },
      { name: 'tak', matrix: true, optional: true, repeating: false },
      { name: 'avrundning', matrix: false, optional: true, repeating: false },
      { name: 'koder', matrix: true, optional: true, repeating: false },
    ]);
    // "any" so text and blank cells reach our validation instead of Excel's silent coercion.
    expect(byId('FORDELA').parameters[1]?.type).toBe('any');
  });

  it('gives FORDELA.BAS belopp, grundbelopp, nyckel and two optionals', () => {
    expect(shape(byId('FORDELA_BAS')).map((p) => [p.name, p.optional])).toEqual([
      ['belopp', false],
      ['grundbelopp', false],
      ['nyckel', false],
      ['avrundning', true],
      ['koder', true],
    ]);
  });

  it('makes BLAND one repeating range parameter', () => {
    expect(shape(byId('BLAND'))).toEqual([
      { name: 'nyckelOchVikt', matrix: true, optional: false, repeating: true },
    ]);
  });

  it('spills the allocations and the blend, and returns KONTROLL as one number', () => {
    expect(byId('FORDELA').result).toEqual({ type: 'number', dimensionality: 'matrix' });
    expect(byId('FORDELA_BAS').result).toEqual({ type: 'number', dimensionality: 'matrix' });
    expect(byId('BLAND').result).toEqual({ type: 'number', dimensionality: 'matrix' });
    expect(byId('KONTROLL').result).toEqual({ type: 'number' });
  });

  it('has Swedish descriptions within Excel’s 128-character limit on every function and parameter', () => {
    for (const fn of functions) {
      expect(fn.description).toMatch(/[a-zåäö]/);
      expect(fn.description?.length).toBeLessThanOrEqual(128);
      fn.parameters.forEach((p) => {
        expect(p.description).toBeDefined();
        expect(p.description?.length).toBeLessThanOrEqual(128);
      });
    }
    expect(byId('FORDELA').description).toContain('exakt till kronan');
  });

  it('matches the Swedish texts in localizedNames.ts word for word', () => {
    for (const fn of functions) {
      const { sv } = defined(LOCALIZED_FUNCTIONS[fn.id], fn.id);
      expect({
        name: fn.name,
        description: fn.description,
        parameters: fn.parameters.map((p) => p.name),
      }).toEqual({
        name: sv.name,
        description: sv.description,
        parameters: sv.parameters.map((p) => p.name),
      });
      expect(fn.parameters.map((p) => p.description)).toEqual(sv.parameters.map((p) => p.description));
    }
  });

  it('agrees with the formula table the preview and HyperFormula use', () => {
    for (const fn of functions) {
      const f = defined(LANSNYCKEL_FORMULAS[fn.id], fn.id);
      expect(f.name).toBe(fn.name);
      expect(f.minArgs).toBe(fn.parameters.filter((p) => !p.optional).length + (f.id === 'BLAND' ? 1 : 0));
      expect(f.spills).toBe(fn.result?.dimensionality === 'matrix');
    }
  });
});
