import { add, ZERO } from '../domain/money/arithmetic';
import { fromNumber } from '../domain/money/fromNumber';
import { parseDecimal } from '../domain/money/parseDecimal';
import { type Rational } from '../domain/money/Rational';
import { type Plan, type PlanJson } from '../domain/plan/planSchema';
import { memoNumberText } from './memoNumberText';
import { decimalText } from './rationalText';
import { UnparsedPlanAmountError } from './outputErrors';
import { PLAN_SENTENCE_WORDS } from './outputTexts';

type Lang = 'sv' | 'en';
type AnyStep = PlanJson['pots'][number]['steps'][number] | Plan['pots'][number]['steps'][number];

/**
 * A plan in one sentence for a meeting or memo, e.g. "1,9 Mkr länsgemensamt, resten efter befolkning, golv
 * 300 000 kr". Pots that read the same are said once; different pots are named and separated by "; ".
 * Accepts the JSON (amounts as numbers or strings) or the parsed plan (Rationals).
 * @example describePlanSentence(ambulansPlan(), 'sv') //=> 'grundbelopp 500 000 kr, resten efter befolkning'
 */
export function describePlanSentence(plan: PlanJson | Plan, lang: Lang): string {
  const name = (id: string): string =>
    (lang === 'en' ? ENGLISH_INDICATORS[id] : undefined) ??
    plan.indicators?.find((i) => i.id === id)?.name ??
    id;
  const phrases = plan.pots.map((pot) => potPhrase(pot.steps as readonly AnyStep[], name, lang));
  const [only, ...others] = new Set(phrases);
  if (only !== undefined && others.length === 0) return capitalize(only);
  return plan.pots.map((pot, i) => `${pot.name}: ${phrases[i]}`).join('; ');
}

// The presets' indicator ids (PRESET_INDICATORS) in English; user-named indicators keep their own names.
const ENGLISH_INDICATORS: Readonly<Record<string, string>> = {
  population: 'population',
  mottagare: 'recipients of municipal health care',
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function potPhrase(steps: readonly AnyStep[], name: (id: string) => string, lang: Lang): string {
  const w = PLAN_SENTENCE_WORDS[lang];
  const parts: string[] = [];
  const setAsideKr = steps.flatMap((s) => (s.kind === 'set-aside' ? [toRational(s.amount)] : []));
  const setAsidePct = steps.flatMap((s) => (s.kind === 'set-aside-percent' ? [toRational(s.percent)] : []));
  if (setAsideKr.length > 0) parts.push(`${amountText(sumOf(setAsideKr), lang)} ${w.setAside}`);
  if (setAsidePct.length > 0) parts.push(`${decimalText(sumOf(setAsidePct), 2, sep(lang))} % ${w.setAside}`);
  let before = parts.length > 0;
  for (const step of steps) {
    switch (step.kind) {
      case 'fixed':
        parts.push(w.fixed(Object.keys(step.amounts).length));
        before = true;
        break;
      case 'tiers':
        parts.push(w.tiers(name(step.indicator)));
        before = true;
        break;
      case 'base':
        parts.push(`${w.base} ${amountText(toRational(step.amount), lang)} ${w.each}`);
        before = true;
        break;
      case 'key':
        parts.push(`${before ? `${w.rest} ` : ''}${keyText(step.key, name, lang)}`);
        break;
      case 'limits':
        if (step.floor !== undefined) parts.push(`${w.floor} ${amountText(toRational(step.floor), lang)}`);
        if (step.cap !== undefined) parts.push(`${w.cap} ${amountText(toRational(step.cap), lang)}`);
        break;
      default:
        break;
    }
  }
  return parts.length > 0 ? parts.join(', ') : w.nothing;
}

function keyText(
  key: Extract<AnyStep, { kind: 'key' }>['key'],
  name: (id: string) => string,
  lang: Lang,
): string {
  const w = PLAN_SENTENCE_WORDS[lang];
  if (key.type === 'equal') return w.equal;
  if (key.type === 'indicator') return `${w.by} ${name(key.indicator).toLowerCase()}`;
  const parts = key.parts.map(
    (p) => `${decimalText(toRational(p.weight), 2, sep(lang))} % ${name(p.indicator).toLowerCase()}`,
  );
  return `${w.by} ${parts.join(' + ')}`;
}

/**
 * Kronor for a sentence: whole tens of thousands from 1 Mkr up as "1,9 Mkr", everything else as "300 000 kr"
 * (NBSP between thousands and before the unit, so a projector never breaks a number across lines).
 */
export function amountText(r: Rational, lang: Lang): string {
  const million = 1_000_000n;
  const tenThousand = 10_000n;
  const whole = r.den === 1n;
  const abs = r.num < 0n ? -r.num : r.num;
  if (whole && abs >= million && abs % tenThousand === 0n) {
    const mkr = decimalText({ num: r.num, den: million }, 2, sep(lang));
    return `${mkr.replace('-', '\u2212')}\u00A0Mkr`;
  }
  return `${memoNumberText(r, r.den === 1n ? 0 : 2)}\u00A0kr`;
}

/** A JSON amount (number or decimal string) or a parsed Rational; an unreadable string stays text. */
function toRational(v: number | string | Rational): Rational {
  if (typeof v === 'number') return fromNumber(v);
  if (typeof v === 'string') {
    const r = parseDecimal(v);
    if (!r) throw new UnparsedPlanAmountError(v);
    return r;
  }
  return v;
}

function sumOf(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

const sep = (lang: Lang): string => (lang === 'sv' ? ',' : '.');
