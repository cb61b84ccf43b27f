import { columnLetter } from '../../src/domain/a1/columnLetter';
import { requireRange } from '../../src/domain/a1/requireRange';
import {
  ColumnOutOfRangeError,
  defined,
  DivisionByZeroError,
  InvariantError,
  NotA1RangeError,
  NotFiniteNumberError,
  ZeroDenominatorError,
} from '../../src/domain/errors';
import { div, ONE, rational, ZERO } from '../../src/domain/money/arithmetic';
import { fromNumber } from '../../src/domain/money/fromNumber';

describe('named errors for misuse of the domain', () => {
  it.each([
    ['a zero denominator', () => rational(1n, 0n), ZeroDenominatorError, 'Rational with zero denominator'],
    ['a division by 0', () => div(ONE, ZERO), DivisionByZeroError, 'Division by zero'],
    ['NaN as an amount', () => fromNumber(NaN), NotFiniteNumberError, 'Not a finite number: NaN'],
    ['a negative column', () => columnLetter(-1), ColumnOutOfRangeError, 'Column index out of range: -1'],
    ['text that is no range', () => requireRange('Mora'), NotA1RangeError, 'Not an A1 range: Mora'],
  ])(
    'throws its own class for %s, still a RangeError, with the values in the message',
    (_, misuse, type, message) => {
      expect(misuse).toThrow(type);
      expect(misuse).toThrow(RangeError);
      expect(misuse).toThrow(message);
    },
  );
});

describe('defined', () => {
  it('returns a present value, 0 included, and throws an InvariantError naming what is missing', () => {
    expect(defined([10, 0][1], 'second amount')).toBe(0);
    expect(() => defined(new Map<string, number>().get('0114'), 'Upplands Väsby')).toThrow(InvariantError);
    expect(() => defined(undefined, 'Upplands Väsby')).toThrow('internal: Upplands Väsby is missing');
  });
});
