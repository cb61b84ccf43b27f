/** Where an outcome keeps its trace: the function that builds it until first read, then the trace itself. */
const TRACE = Symbol('trace');

type TraceSlot<T> = { [TRACE]: readonly T[] | (() => readonly T[]) };

/** The one getter of every lazy trace: builds on first read, then keeps what it built in the slot. */
function readTrace<T>(this: TraceSlot<T>): readonly T[] {
  const slot = this[TRACE];
  if (typeof slot !== 'function') return slot;
  const built = slot();
  this[TRACE] = built;
  return built;
}

/**
 * Gives `target` an enumerable `trace` that `build` makes on first read (then kept). Why not a `get trace()` in
 * an object literal: each such getter is a new closure, so each object gets a map of its own, and maps live in old
 * space; the map then holds the closure and all it captures (the exact columns) through every scavenge until a
 * full collection. Here every outcome shares one getter and one map, and the builder is an ordinary field.
 * @example const pot = withLazyTrace({ amounts }, () => rows); pot.trace //=> rows (built now); pot.trace //=> rows (kept)
 */
export function withLazyTrace<O extends object, T>(
  target: O,
  build: () => readonly T[],
): O & { readonly trace: readonly T[] } {
  Object.defineProperty(target, TRACE, { value: build, writable: true });
  Object.defineProperty(target, 'trace', { get: readTrace, enumerable: true });
  // defineProperty does not tell the type checker what it added.
  return target as O & { readonly trace: readonly T[] };
}
