import { equals, rational, sum } from '../../domain/money/arithmetic';
import { parseDecimal } from '../../domain/money/parseDecimal';
import { toDecimalString } from '../../domain/money/toDecimalString';

/** The sum of a blend's weights, exact, and how it reads. */
export interface BlendWeightSum {
  /** The sum in percent, Swedish style with at most two decimals ("33,33", "100"). */
  readonly text: string;
  /** True when the weights add up to exactly 100 %. */
  readonly complete: boolean;
  /** Weights that are no number; they count as 0. */
  readonly unreadable: number;
}

/**
 * Adds the blend's weights (percent, as the plan stores them: "33,34" or 50) exactly, so 33,33 + 33,33 + 33,34
 * is 100 and not 99,99999999999999.
 * @example blendWeightSum(['33,33', '33,33', '33,34']) //=> { text: '100', complete: true, unreadable: 0 }
 * @example blendWeightSum([60, '30']) //=> { text: '90', complete: false, unreadable: 0 }
 */
export function blendWeightSum(weights: readonly (string | number)[]): BlendWeightSum {
  const parsed = weights.map((w) => parseDecimal(String(w)));
  const total = sum(parsed.map((r) => r ?? rational(0n)));
  const [whole = '0', fraction = ''] = toDecimalString(total, 2).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return {
    text: (whole.startsWith('-') ? `\u2212${whole.slice(1)}` : whole) + (trimmed ? `,${trimmed}` : ''),
    complete: equals(total, rational(100n)),
    unreadable: parsed.filter((r) => r === undefined).length,
  };
}
