import { parseKronor, parsePercent, scanSwedishNumber } from '../../../src/domain/money/swedishNumber';

const kr = (n: bigint) => ({ num: n, den: 1n });

describe('scanSwedishNumber: one suffix table', () => {
  it.each([
    ['1 264 598 kr', '1264598', 'kr'],
    ['1 264 598 kr.', '1264598', 'kr'],
    ['1 264 598 kronor', '1264598', 'kr'],
    ['1 264 598 SEK', '1264598', 'kr'],
    ['1 264 598:-', '1264598', 'kr'],
    ['450 tkr', '450', 'tkr'],
    ['450 tsek', '450', 'tkr'],
    ['450 tusen kronor', '450', 'tkr'],
    ['450 tusen', '450', 'tkr'],
    ['15,7 mkr', '15.7', 'mnkr'],
    ['15,7 Mkr', '15.7', 'mnkr'],
    ['15,7 mnkr', '15.7', 'mnkr'],
    ['15,7 MSEK', '15.7', 'mnkr'],
    ['15,7 msek', '15.7', 'mnkr'],
    ['15,7 milj', '15.7', 'mnkr'],
    ['15,7 milj.', '15.7', 'mnkr'],
    ['15,7 milj. kr', '15.7', 'mnkr'],
    ['15,7 miljoner', '15.7', 'mnkr'],
    ['15,7 miljoner kronor', '15.7', 'mnkr'],
    ['15,7 mn', '15.7', 'mnkr'],
    ['15,7 mn kr', '15.7', 'mnkr'],
  ])('reads %j as %s in %s', (text, digits, currency) => {
    expect(scanSwedishNumber(text)).toEqual({ digits, percent: false, currency });
  });

  it.each([
    ['12,5 %', '12.5'],
    ['12,5%', '12.5'],
    ['\u22123 400', '-3400'],
    ['(3 400)', '-3400'],
    ['1\u00a0264\u00a0598', '1264598'],
    ['1\u202f264\u202f598', '1264598'],
    ['1\u2009264\u2009598', '1264598'],
    ['1\u2007264\u2007598', '1264598'],
    ['1.264.598', '1264598'],
    ['-0', '0'],
  ])('reads %j as %s', (text, digits) => {
    expect(scanSwedishNumber(text)?.digits).toBe(digits);
  });

  it.each(['', 'kr', 'Mkr', '12 34', '2019-12-31', '0180 Stockholm', 'Namn', '1,2,3'])(
    'refuses %j',
    (text) => {
      expect(scanSwedishNumber(text)).toBeUndefined();
    },
  );
});

describe('parseKronor', () => {
  it.each([
    ['1 900 000', kr(1900000n)],
    ['1900000', kr(1900000n)],
    ['1\u00a0900\u00a0000 kr', kr(1900000n)],
    ['1,9 Mkr', kr(1900000n)],
    ['1,9 mnkr', kr(1900000n)],
    ['15,7 Mkr', kr(15700000n)],
    ['15,7 MSEK', kr(15700000n)],
    ['2 milj', kr(2000000n)],
    ['0,5 mn', kr(500000n)],
    ['250 tkr', kr(250000n)],
    ['250 tusen kronor', kr(250000n)],
    ['1.900.000', kr(1900000n)],
    ['12,5', { num: 25n, den: 2n }],
    ['0,01 kr', { num: 1n, den: 100n }],
  ])('returns the kronor of %j', (text, expected) => {
    expect(parseKronor(text)).toEqual(expected);
  });

  it.each(['', 'abc', '-5', '\u22125 kr', '(5)', '1,9,0', '12 %'])('returns undefined for %j', (text) => {
    expect(parseKronor(text)).toBeUndefined();
  });
});

describe('parsePercent', () => {
  it('reads a percentage with or without "%" as written', () => {
    expect(parsePercent('12,5 %')).toEqual({ num: 25n, den: 2n });
    expect(parsePercent('40')).toEqual(kr(40n));
  });

  it.each(['12 kr', '\u22121 %', 'hälften'])('returns undefined for %j', (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });
});
