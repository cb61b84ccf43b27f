import { assertValidPlan } from '../../src/excel/assertValidPlan';
import { InvalidSheetPlanError, InvalidStateKeyError, NotAStatePartError } from '../../src/excel/excelErrors';
import { decodeStateXml, stateNamespace } from '../../src/excel/stateXml';
import { type SheetPlan } from '../../src/output/SheetPlan';

const plan = (names: readonly string[], marker = 'plan-1'): SheetPlan => ({
  marker,
  sheets: names.map((name) => ({ name, role: 'checks', blocks: [], numberFormats: [] })),
});

describe('Office adapter misuse errors', () => {
  it('refuses a plan with a bad or repeated sheet name, or an empty marker, as RangeErrors', () => {
    expect(() => assertValidPlan(plan(['A/B']))).toThrow(InvalidSheetPlanError);
    expect(() => assertValidPlan(plan(['Kontroller', 'KONTROLLER']))).toThrow(
      'Duplicate output sheet name: "KONTROLLER"',
    );
    expect(() => assertValidPlan(plan(['Kontroller'], ''))).toThrow(RangeError);
    expect(() => assertValidPlan(plan(['Kontroller']))).not.toThrow();
  });

  it('refuses a state key that cannot be part of a namespace, and a part that is not ours', () => {
    expect(() => stateNamespace('a b')).toThrow(InvalidStateKeyError);
    expect(() => decodeStateXml('<other/>')).toThrow(NotAStatePartError);
    expect(() => decodeStateXml('<other/>')).toThrow(SyntaxError);
  });
});
