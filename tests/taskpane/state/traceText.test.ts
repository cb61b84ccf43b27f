import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type UnitTrace } from '../../../src/domain/allocation/Allocation';
import { rational } from '../../../src/domain/money/arithmetic';
import { kronor, share } from '../../../src/domain/money/Kronor';
import { tiersAndPopulationPlan } from '../../../src/domain/presets/tiersAndPopulationPlan';
import { defaultUnitRegistry } from '../../../src/domain/units/defaultUnitRegistry';
import { computeScenario } from '../../../src/taskpane/state/computeScenario';
import { traceText } from '../../../src/taskpane/state/traceText';
import { findTables } from '../../../src/workbook/findTables';
import { parseCsv } from '../../../src/workbook/parseCsv';

const NB = '\u00a0';
/** An amount in kronor: num/den. */
const kr = (num: bigint, den = 1n) => kronor(rational(num, den));
const aneby = { id: '0604', code: '0604', name: 'Aneby' };
const trace = (over: Partial<UnitTrace> = {}): UnitTrace => ({
  share: share(rational(66n, 10000n)),
  exact: kr(6506127n, 10n),
  floor: kr(650612n),
  remainder: kr(7n, 10n),
  rank: 3,
  roundedUp: true,
  parts: [{ step: 'key', amount: kr(6506127n, 10n) }],
  ...over,
});

/** The trace of a unit without a rank (its remainder decided nothing). */
const unranked = ({ rank: _rank, ...rest }: UnitTrace): UnitTrace => rest;

describe('traceText', () => {
  it('returns the share of the key, the exact amount, the rounding, remainder and rank (sv)', () => {
    const text = traceText(
      {
        unit: aneby,
        pot: { potName: 'Nära vård' },
        trace: trace(),
        amount: kr(650613n),
        keyName: 'befolkningen',
      },
      'sv',
    );
    expect(text).toBe(
      `Aneby: 0,66 % av befolkningen → 650${NB}612,7${NB}kr; avrundat uppåt, rest 0,70${NB}kr, rang 3 → 650${NB}613${NB}kr.`,
    );
  });

  it('returns the same in English, rounded down without a rank', () => {
    const text = traceText(
      {
        unit: aneby,
        pot: { potName: 'P' },
        trace: unranked(
          trace({
            roundedUp: false,
            remainder: kr(3n, 10n),
            exact: kr(6506123n, 10n),
          }),
        ),
        amount: kr(650612n),
        keyName: 'the population',
      },
      'en',
    );
    expect(text).toBe(
      `Aneby: 0,66 % of the population → 650${NB}612,3${NB}kr; rounded down, remainder 0,30${NB}kr → 650${NB}612${NB}kr.`,
    );
  });

  it('names the steps that gave money besides the key, and a floor that lifted the unit', () => {
    const text = traceText(
      {
        unit: aneby,
        pot: { potName: 'P' },
        trace: unranked(
          trace({
            exact: kr(300000n),
            remainder: kr(0n),
            roundedUp: false,
            clamp: 'floor',
            parts: [
              { step: 'base', amount: kr(100000n) },
              { step: 'key', amount: kr(150000n) },
              { step: 'floor', amount: kr(50000n) },
            ],
          }),
        ),
        amount: kr(300000n),
        keyName: 'befolkningen',
      },
      'sv',
    );
    expect(text).toBe(
      `Aneby: grundbelopp 100${NB}000${NB}kr + 0,66 % av befolkningen + golv 50${NB}000${NB}kr → 300${NB}000${NB}kr, lyft till golvet; jämnt, ingen avrundning → 300${NB}000${NB}kr.`,
    );
  });

  it('keeps the minus of a part between −1 and 0 kr, and gives the remainder in kronor with öre', () => {
    const text = traceText(
      {
        unit: aneby,
        pot: { potName: 'P' },
        trace: trace({
          exact: kr(99995n, 100n),
          floor: kr(999n),
          remainder: kr(95n, 100n),
          parts: [
            { step: 'base', amount: kr(1000n) },
            { step: 'cap', amount: kr(-1n, 20n) },
          ],
        }),
        amount: kr(1000n),
      },
      'sv',
    );
    expect(text).toBe(
      `Aneby: grundbelopp 1${NB}000${NB}kr + tak \u22120,05${NB}kr → 999,95${NB}kr; avrundat uppåt, rest 0,95${NB}kr, rang 3 → 1${NB}000${NB}kr.`,
    );
  });

  it('explains every unit of the real Jönköping allocation in a sentence that ends in its amount', () => {
    const registry = defaultUnitRegistry();
    const csv = readFileSync(
      join(__dirname, '../../fixtures/data/jonkoping-2019-2022-socialchefsnatverket.csv'),
      'utf8',
    );
    const table = findTables(parseCsv(csv, 'Jönköping'), registry)[0]!;
    const result = computeScenario(tiersAndPopulationPlan(), table, registry);
    expect(result.problems).toEqual([]);
    const pot = result.allocation!.pots[0]!;
    const texts = result.allocation!.units.map((unit, i) =>
      traceText({ unit, pot, trace: pot.trace[i]!, amount: pot.amounts[i]!, keyName: 'befolkningen' }, 'sv'),
    );
    expect(texts[0]).toMatch(
      /^Aneby: \d+,\d+ % av befolkningen → [\d\u00a0]+(,\d+)?\u00a0kr; avrundat (uppåt|nedåt)/,
    );
    expect(
      texts.every((t, i) =>
        t.endsWith(`${Number(pot.amounts[i]!.num).toLocaleString('sv-SE').replace(/\s/g, NB)}${NB}kr.`),
      ),
    ).toBe(true);
  });
});
