import { mul, ZERO } from '../../money/arithmetic';
import { type Rational } from '../../money/Rational';
import { type RoundingOptions, type RoundingOutcome, type RoundingTrace } from '../RoundingOutcome';
import {
  fastLargestRemainderUnits,
  type FastUnits,
  gcdNumber,
  gcdWith,
  MAX_SAFE,
  rankUnits,
} from './fastLargestRemainder';
import { largestRemainderUnits } from './largestRemainderUnits';
import { type Quotas, toAmounts, traceOf } from './prepareQuotas';
import { withLazyTrace } from './lazyTrace';

/**
 * Largest remainder in BigInt throughout: the reference the fast path must equal, and the path beyond 2^53.
 * @example exactLargestRemainder(quotas of 13 kr over 1:2:3:4, {}).amounts //=> [1, 3, 4, 5] kr
 */
export function exactLargestRemainder(q: Quotas, options: RoundingOptions): RoundingOutcome {
  const { rounded, ranks } = largestRemainderUnits(q, options);
  return {
    ok: true,
    amounts: toAmounts(q, rounded),
    trace: rounded.map((u, i) => traceOf(q, i, u, ranks[i])),
    drift: ZERO,
  };
}

/**
 * Largest remainder on doubles (see {@link fastLargestRemainderUnits}), with the same amounts, ranks and
 * normalized trace as {@link exactLargestRemainder}; undefined when the quotas do not fit. The amounts are built
 * at once; the trace (five exact rationals per unit, most callers never read it) on first access, then kept.
 * @example fastLargestRemainder(quotas of 13 kr over 1:2:3:4, {})?.amounts //=> [1, 3, 4, 5] kr
 * fastLargestRemainder(quotas of 2^53 kr over 1:2, {}) //=> undefined
 */
export function fastLargestRemainder(q: Quotas, options: RoundingOptions): RoundingOutcome | undefined {
  const f = fastLargestRemainderUnits(q, options);
  if (!f) return undefined;
  const n = f.weights.length;
  const s = q.negative ? -1 : 1;
  const inKronor = q.unit.num === 1n && q.unit.den === 1n ? undefined : q.unit;
  const amounts = new Array<Rational>(n);
  for (let i = 0; i < n; i++) {
    const floorUnits = f.floors[i] ?? 0;
    const amount = { num: BigInt(s * (floorUnits + (f.up[i] ?? 0))), den: 1n };
    amounts[i] = inKronor ? mul(amount, inKronor) : amount;
  }
  const outcome = withLazyTrace({ ok: true as const, amounts }, () => fastTrace(q, f, rankUnits(f, options)));
  return Object.assign(outcome, { drift: ZERO });
}

/** The trace of the fast path: the same normalized rationals as `traceOf`, with the gcds taken in doubles. */
function fastTrace(q: Quotas, f: FastUnits, ranks: Int32Array): RoundingTrace[] {
  const n = f.weights.length;
  const S = f.weightSum;
  const bigS = q.weightSum;
  const s = q.negative ? -1 : 1;
  const inKronor = q.unit.num === 1n && q.unit.den === 1n ? undefined : q.unit;
  // gcd(units·w mod S, S) = gcd(units·w, S) = g·gcd(w, S/g) with g = gcd(units, S): one small gcd per unit.
  const g = gcdNumber(f.units, S);
  const reduced = S / g;
  const trace = new Array<RoundingTrace>(n);
  for (let i = 0; i < n; i++) {
    const w = f.weights[i] ?? 0;
    const floorUnits = f.floors[i] ?? 0;
    const r = f.remainders[i] ?? 0;
    const rank = ranks[i] ?? 0;
    const gw = gcdWith(w, S);
    const share = gw === 1 ? { num: BigInt(w), den: bigS } : { num: BigInt(w / gw), den: BigInt(S / gw) };
    // exact = floor + r/S = (floor·S + r)/S, whose gcd with S is gcd(r, S), as is the remainder's.
    const gr = r === 0 ? S : g === 1 ? (reduced === S ? gw : gcdWith(w, reduced)) : g * gcdWith(w, reduced);
    const den = gr === 1 ? bigS : BigInt(S / gr);
    const high = floorUnits * (S / gr) + r / gr;
    const floor = { num: BigInt(s * floorUnits), den: 1n };
    const remainder = { num: BigInt(s * (r / gr)), den };
    // (floor·S + r)/gr, signed: in doubles while it stays below 2^53 (rounding is monotone, so the test is exact).
    const exact = { num: high <= MAX_SAFE ? BigInt(s * high) : floor.num * den + remainder.num, den };
    const ranked = rank > 0 ? rank : undefined;
    trace[i] = inKronor
      ? {
          share,
          exact: mul(exact, inKronor),
          floor: mul(floor, inKronor),
          remainder: mul(remainder, inKronor),
          rank: ranked,
          roundedUp: rank > 0,
        }
      : { share, exact, floor, remainder, rank: ranked, roundedUp: rank > 0 };
  }
  return trace;
}
