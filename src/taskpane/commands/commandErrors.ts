/*
 * Misuse of a plan command: a caller passed what the pane's own fields never produce. User input is checked
 * before a command is dispatched, so these are programmer errors and stay RangeErrors.
 */

/** A knob or amount below 0, or a percentage over 100. */
export class KnobValueError extends RangeError {
  constructor(what: string, value: string) {
    super(`${what}: ${value}`);
    this.name = 'KnobValueError';
  }
}

/** A pot index the plan does not have. */
export class NoSuchPotError extends RangeError {
  constructor(pot: number) {
    super(`no pot ${pot} in the plan`);
    this.name = 'NoSuchPotError';
  }
}

/** A plan amount that is no decimal number (the plan did not come through the schema). */
export class UnreadablePlanAmountError extends RangeError {
  constructor(value: string) {
    super(`not a decimal amount in the plan: ${JSON.stringify(value)}`);
    this.name = 'UnreadablePlanAmountError';
  }
}
