import { krText } from '../../../src/domain/findings/problemMessages';
import { potProblem } from '../../../src/domain/plan/_internal/problems';

describe('krText', () => {
  it('returns Swedish kronor with no-break spaces, U+2212 minus and a decimal comma', () => {
    expect(krText({ num: -190000050n, den: 100n })).toBe('\u22121\u00a0900\u00a0000,50 kr');
  });

  it('returns English kronor with comma grouping, ASCII minus and a decimal point', () => {
    expect(krText({ num: -190000050n, den: 100n }, 'en')).toBe('-1,900,000.50 kr');
  });
});

describe('potProblem', () => {
  it('names the pot by its name, in ”…” in Swedish', () => {
    const p = potProblem('zero-key', { id: 'nv', name: 'Nära vård' }, { sv: 'x.', en: 'y.' });
    expect(p.potId).toBe('nv');
    expect(p.message).toEqual({ sv: 'Potten ”Nära vård”: x.', en: 'Pot "Nära vård": y.' });
  });
});
