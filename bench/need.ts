/** A value the bench's own inputs guarantee (a CSV column, a sample) was missing: the input file changed. */
export class BenchInputError extends Error {
  constructor(what: string) {
    super(`bench input missing: ${what}`);
    this.name = 'BenchInputError';
  }
}

/** `value`, or a BenchInputError naming `what` when it is undefined. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new BenchInputError(what);
  return value;
}
