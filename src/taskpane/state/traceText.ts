import { type AllocationUnit, type PotAllocation, type UnitTrace } from '../../domain/allocation/Allocation';
import { mul, rational, sign } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { toDecimalString } from '../../domain/money/toDecimalString';
import { type Lang } from '../../i18n/Lang';
import { formatNumber } from '../../i18n/formatNumber';

/** What {@link traceText} explains: one unit in one pot, and what the key is called ("befolkningen"). */
export interface TraceTextInput {
  readonly unit: AllocationUnit;
  readonly pot: Pick<PotAllocation, 'potName'>;
  readonly trace: UnitTrace;
  /** The rounded amount the unit got in the pot. */
  readonly amount: Rational;
  /** The key in words, e.g. "befolkningen" / "the population"; omitted for an equal split. */
  readonly keyName?: string;
}

/**
 * "Why did this unit get this?" in one sentence: the steps that gave it money, its share of the key, the exact
 * amount, how it was rounded and where its remainder ranked.
 * @example traceText({ unit: aneby, trace, amount, keyName: 'befolkningen' }, 'sv')
 * //=> 'Aneby: 0,66 % av befolkningen → 650 612,7 kr; avrundat uppåt, rest 0,70 kr, rang 3 → 650 613 kr.'
 */
export function traceText(input: TraceTextInput, lang: Lang): string {
  const w = lang === 'sv' ? SV : EN;
  const { trace } = input;
  const pieces = trace.parts
    .filter((p) => p.step !== 'rounding' && sign(p.amount) !== 0)
    .map((p) => (p.step === 'key' ? keyPiece(input, w) : `${p.label ?? w.steps[p.step]} ${kr(p.amount)}`));
  const keyOnly = trace.parts.filter((p) => sign(p.amount) !== 0).every((p) => p.step === 'key');
  const how = keyOnly ? keyPiece(input, w) : `${pieces.join(' + ') || kr(rational(0n))}`;
  const clamp = trace.clamp === 'floor' ? w.floor : trace.clamp === 'cap' ? w.cap : '';
  const rounding =
    sign(trace.remainder) === 0
      ? w.even
      : trace.roundedUp
        ? `${w.up}, ${w.rest} ${rest(trace.remainder)}${trace.rank === undefined ? '' : `, ${w.rank} ${trace.rank}`}`
        : `${w.down}, ${w.rest} ${rest(trace.remainder)}`;
  return `${input.unit.name.trim()}: ${how} → ${kr(trace.exact)}${clamp}; ${rounding} → ${kr(input.amount)}.`;
}

function keyPiece(input: TraceTextInput, w: Words): string {
  const percent = decimal(mul(input.trace.share, rational(100n)));
  return input.keyName === undefined ? `${percent} % ${w.equal}` : `${percent} % ${w.of} ${input.keyName}`;
}

/**
 * r with at most two decimals, Swedish style (NBSP groups, decimal comma, true minus); `fixed` keeps both
 * decimals (öre). The minus is kept for −1 < r < 0, dropped when r rounds to zero.
 */
function decimal(r: Rational, fixed = false): string {
  const text = toDecimalString(r, 2);
  const negative = text.startsWith('-') && /[1-9]/.test(text);
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const shown = fixed ? fraction : fraction.replace(/0+$/, '');
  const number = formatNumber(BigInt(whole)) + (shown === '' ? '' : `,${shown}`);
  return negative ? `\u2212${number}` : number;
}

function kr(r: Rational): string {
  return `${decimal(r)}\u00a0kr`;
}

/** A rounding remainder in kronor and öre: "0,70 kr". */
function rest(r: Rational): string {
  return `${decimal(r, true)}\u00a0kr`;
}

type Words = typeof SV;

const SV = {
  of: 'av',
  equal: '(lika delar)',
  floor: ', lyft till golvet',
  cap: ', begränsat av taket',
  even: 'jämnt, ingen avrundning',
  up: 'avrundat uppåt',
  down: 'avrundat nedåt',
  rest: 'rest',
  rank: 'rang',
  steps: {
    'set-aside': 'avsättning',
    fixed: 'fast belopp',
    tier: 'storleksklass',
    base: 'grundbelopp',
    key: 'nyckel',
    floor: 'golv',
    cap: 'tak',
    rounding: 'avrundning',
  },
};

const EN: Words = {
  of: 'of',
  equal: '(equal shares)',
  floor: ', lifted to the floor',
  cap: ', limited by the cap',
  even: 'exact, no rounding',
  up: 'rounded up',
  down: 'rounded down',
  rest: 'remainder',
  rank: 'rank',
  steps: {
    'set-aside': 'set-aside',
    fixed: 'fixed amount',
    tier: 'size class',
    base: 'base amount',
    key: 'key',
    floor: 'floor',
    cap: 'cap',
    rounding: 'rounding',
  },
};
