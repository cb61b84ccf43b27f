/*
 * Misuse of the sheet builders throws one of these: the caller handed over something the pure layers have already
 * refused for the user (an empty allocation, an unparsed plan), so it is a bug, not a message for the user. Range
 * errors stay RangeErrors, as in `domain/errors.ts`.
 */

/** A sheet of units (Fördelning, Återredovisning) asked for with no units. */
export class NoUnitsError extends RangeError {
  constructor(sheet: 'allocation' | 'follow-up') {
    super(`${sheet === 'allocation' ? 'an allocation' : 'a follow-up'} sheet needs at least one unit`);
    this.name = 'NoUnitsError';
  }
}

/** A plan amount that is still text the plan parser would have refused: the caller skipped `parsePlan`. */
export class UnparsedPlanAmountError extends RangeError {
  constructor(value: string) {
    super(`not a decimal amount in the plan: ${JSON.stringify(value)} (run parsePlan first)`);
    this.name = 'UnparsedPlanAmountError';
  }
}

/** A planned formula without its leading "=". */
export class NotAFormulaError extends RangeError {
  constructor(formula: string) {
    super(`formula must start with '=': ${formula}`);
    this.name = 'NotAFormulaError';
  }
}

/** A chunk size below 2 UTF-16 units (a surrogate pair must fit) or not a whole number. */
export class ChunkSizeError extends RangeError {
  constructor(size: number) {
    super(`chunk size must be an integer ≥ 2: ${size}`);
    this.name = 'ChunkSizeError';
  }
}
