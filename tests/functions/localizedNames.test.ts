import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import {
  LOCALIZED_FUNCTIONS,
  localizeMetadata,
  type FunctionsMetadata,
} from '../../src/functions/localizedNames';

const sample: FunctionsMetadata & { allowCustomDataForDataTypeAny: boolean } = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: 'KONTROLL',
      name: 'KONTROLL',
      description: 'Σ delar − total, exakt. 0 när delarna stämmer mot totalen.',
      parameters: [
        { name: 'delar', description: 'Beloppen som ska summera till totalen.' },
        { name: 'total', description: 'Totalen de ska summera till.' },
      ],
    },
  ],
};

describe('localizeMetadata', () => {
  it('replaces descriptions and parameter names with English ones', () => {
    const en = localizeMetadata(sample, 'en');
    expect(en.functions[0]?.description).toBe(
      'Σ parts − total, exact. 0 when the parts reconcile with the total.',
    );
    expect(en.functions[0]?.parameters.map((p) => p.name)).toEqual(['parts', 'total']);
  });

  it('keeps the function name the same in both languages, so formulas read alike in sv and en Excel', () => {
    expect(localizeMetadata(sample, 'en').functions[0]?.name).toBe('KONTROLL');
    for (const texts of Object.values(LOCALIZED_FUNCTIONS)) expect(texts.en.name).toBe(texts.sv.name);
  });

  it('keeps every other field of functions.json', () => {
    const typed = {
      functions: [
        {
          id: 'KONTROLL',
          name: 'KONTROLL',
          parameters: [
            { name: 'delar', type: 'any', dimensionality: 'matrix' },
            { name: 'total', type: 'number' },
          ],
          result: { type: 'number' },
        },
      ],
      allowCustomDataForDataTypeAny: true,
    };
    const en = localizeMetadata(typed, 'en');
    expect(en.allowCustomDataForDataTypeAny).toBe(true);
    expect(en.functions[0]).toMatchObject({ result: { type: 'number' } });
    expect(en.functions[0]?.parameters[0]).toEqual({
      name: 'parts',
      description: 'The amounts that should sum to the total.',
      type: 'any',
      dimensionality: 'matrix',
    });
  });

  it('leaves a function without a translation as it is', () => {
    const other = { functions: [{ id: 'OKAND', name: 'OKAND', parameters: [{ name: 'x' }] }] };
    expect(localizeMetadata(other, 'en')).toEqual(other);
  });

  it('returns the Swedish metadata unchanged for sv', async () => {
    const generated = await generateCustomFunctionsMetadata(
      join(__dirname, '../../src/functions/functions.ts'),
    );
    const metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
    expect(localizeMetadata(metadata, 'sv')).toEqual(metadata);
  });

  it('has English texts for every function and parameter, within 128 characters', () => {
    for (const texts of Object.values(LOCALIZED_FUNCTIONS)) {
      expect(texts.en.parameters).toHaveLength(texts.sv.parameters.length);
      for (const t of [
        texts.en.description,
        texts.en.result,
        ...texts.en.parameters.map((p) => p.description),
      ]) {
        expect(t.length).toBeGreaterThan(0);
        expect(t.length).toBeLessThanOrEqual(128);
        expect(t).not.toMatch(/[åäö]/);
      }
      texts.en.parameters.forEach((p) => expect(p.name).toMatch(/^[A-Za-z_]+$/));
    }
  });
});
