import { parseAmountText } from '../../../src/taskpane/state/parseAmountText';

const kr = (n: bigint) => ({ num: n, den: 1n });

describe('parseAmountText', () => {
  it.each([
    ['1 900 000', kr(1900000n)],
    ['1900000', kr(1900000n)],
    ['1\u00a0900\u00a0000 kr', kr(1900000n)],
    ['1,9 Mkr', kr(1900000n)],
    ['1,9 mnkr', kr(1900000n)],
    ['250 tkr', kr(250000n)],
    ['12,5', { num: 25n, den: 2n }],
  ])('returns the amount of "%s"', (text, expected) => {
    expect(parseAmountText(text)).toEqual(expected);
  });

  it.each(['', 'abc', '1.900.000', '-5', '1,9,0'])('returns undefined for "%s"', (text) => {
    expect(parseAmountText(text)).toBeUndefined();
  });
});
