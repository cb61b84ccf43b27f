/*
 * Misuse of the Office adapter throws one of these: a sheet plan or a state key that our own code built wrongly,
 * or a custom XML part that is not ours. Excel's own failures are PortErrors with messages from
 * `port/portMessages.ts`, never these. Range and syntax errors keep their base class.
 */

/** A sheet plan the write policy would refuse (a bad or repeated sheet name, a marker out of 1–255 characters). */
export class InvalidSheetPlanError extends RangeError {
  constructor(problem: string) {
    super(problem);
    this.name = 'InvalidSheetPlanError';
  }
}

/** A state key outside [A-Za-z0-9_.-]{1,64}: it becomes part of an XML namespace. */
export class InvalidStateKeyError extends RangeError {
  constructor(key: string) {
    super(`Invalid state key: "${key}"`);
    this.name = 'InvalidStateKeyError';
  }
}

/** A custom XML part asked to be read as our state that has no lansnyckelState root. */
export class NotAStatePartError extends SyntaxError {
  constructor() {
    super('Not a Länsnyckel state part');
    this.name = 'NotAStatePartError';
  }
}
