/*
 * Test-side guards for `noUncheckedIndexedAccess`: a test that expects a value fails with a message naming what
 * was missing, instead of an `!` that would hide the mistake until a later `TypeError`.
 */

/** The value, or a thrown Error naming `what` when it is undefined or null (DOM and JSZip lookups give null). */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be defined`);
  return value;
}

/** The single element of `items`, or a thrown Error saying how many there were. */
export function only<T>(items: readonly T[], what = 'item'): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what}, got ${items.length}`);
  return defined(items[0], what);
}
