/*
 * Misuse of the domain throws one of these: a programmer error, never a user's input (that is a value with an
 * sv/en message from the catalogue). Each class names the mistake and builds its message from the values, as
 * HyperFormula's errors do; the range errors stay RangeErrors, so `instanceof RangeError` still holds.
 */

/** A double that is NaN or ±Infinity where an exact number is needed (the boundary should have refused it). */
export class NotFiniteNumberError extends RangeError {
  constructor(value: number) {
    super(`Not a finite number: ${value}`);
    this.name = 'NotFiniteNumberError';
  }
}

/** A rational built with denominator 0. */
export class ZeroDenominatorError extends RangeError {
  constructor() {
    super('Rational with zero denominator');
    this.name = 'ZeroDenominatorError';
  }
}

/** An exact division by 0. */
export class DivisionByZeroError extends RangeError {
  constructor() {
    super('Division by zero');
    this.name = 'DivisionByZeroError';
  }
}

/** A count or index (`what`) that must be a natural number (0, 1, 2 …). */
export class NotNaturalNumberError extends RangeError {
  constructor(what: string, value: number) {
    super(`${what} must be a natural number: ${value}`);
    this.name = 'NotNaturalNumberError';
  }
}

/** A column index outside Excel's A…XFD. */
export class ColumnOutOfRangeError extends RangeError {
  constructor(col: number) {
    super(`Column index out of range: ${col}`);
    this.name = 'ColumnOutOfRangeError';
  }
}

/** Text that is no A1 range where the caller promised one. */
export class NotA1RangeError extends RangeError {
  constructor(address: string) {
    super(`Not an A1 range: ${address}`);
    this.name = 'NotA1RangeError';
  }
}

/** A rounding unit of 0 or less. */
export class NonPositiveRoundingUnitError extends RangeError {
  constructor() {
    super('The rounding unit must be positive');
    this.name = 'NonPositiveRoundingUnitError';
  }
}

/** A kommun- or regionkod in shipped or self-written data that is not four or two digits. */
export class InvalidUnitCodeError extends RangeError {
  constructor(text: string) {
    super(`Not a kommun or region code: ${JSON.stringify(text)}`);
    this.name = 'InvalidUnitCodeError';
  }
}

/** Something the code proved cannot happen happened: a bug in the domain itself. */
export class InvariantError extends Error {
  constructor(what: string) {
    super(`internal: ${what}`);
    this.name = 'InvariantError';
  }
}

/**
 * The value, or an InvariantError naming `what` when it is undefined: for lookups the code has proved present
 * (an index below the length, a key just set) where the compiler, under `noUncheckedIndexedAccess`, cannot see it.
 *
 * @example
 * defined([10, 20][1], 'second amount'); // 20
 * defined(new Map<string, number>().get('0114'), 'Upplands Väsby'); // throws InvariantError
 */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new InvariantError(`${what} is missing`);
  return value;
}
