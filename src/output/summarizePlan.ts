import { type KeySpec, type Plan, type PlanStep } from '../domain/plan/planSchema';
import { type Rational } from '../domain/money/Rational';
import { type PlanSummary } from './PlanSummary';
import { decimalText } from './rationalText';
import { PLAN_SUMMARY_WORDS, type PlanSummaryWords } from './outputTexts';

/**
 * The engine's Plan in words for the output sheets: key (of the first pot that has one), one line per step of
 * each pot, indicator sources, and the JSON as given.
 * @example summarizePlan(plan, json, 'sv').keyInWords //=> 'Befolkning 31 dec 2019'
 */
export function summarizePlan(plan: Plan, json: string | undefined, lang: 'sv' | 'en'): PlanSummary {
  const name = (id: string): string => plan.indicators?.find((i) => i.id === id)?.name ?? id;
  const words: PlanSummaryWords = PLAN_SUMMARY_WORDS[lang];
  const firstKey = plan.pots.flatMap((p) => p.steps).find((s) => s.kind === 'key');
  const steps = plan.pots.flatMap((pot) => [
    `${pot.name}: ${pot.frame.amount ? `${words.frame} ${kr(pot.frame.amount, lang)}` : `${words.frameCell} ${pot.frame.cell ?? ''}`}`,
    ...pot.steps.map((s) => `  – ${stepInWords(s, words, name, lang)}`),
  ]);
  return {
    name: plan.name,
    keyInWords: firstKey?.kind === 'key' ? keyInWords(firstKey.key, words, name) : words.noKey,
    steps: plan.description ? [plan.description[lang], ...steps] : steps,
    ...(json === undefined ? {} : { json }),
    sources: (plan.indicators ?? []).flatMap((i) => (i.source ? [{ label: i.name, value: i.source }] : [])),
  };
}

function keyInWords(key: KeySpec, words: PlanSummaryWords, name: (id: string) => string): string {
  if (key.type === 'indicator') return name(key.indicator);
  if (key.type === 'equal') return words.equal;
  return key.parts.map((p) => `${decimalText(p.weight, 4, words.sep)} % ${name(p.indicator)}`).join(' + ');
}

function stepInWords(
  step: PlanStep,
  words: PlanSummaryWords,
  name: (id: string) => string,
  lang: 'sv' | 'en',
): string {
  switch (step.kind) {
    case 'set-aside':
      return `${step.name}: ${kr(step.amount, lang)} ${words.setAside}`;
    case 'set-aside-percent':
      return `${step.name}: ${decimalText(step.percent, 4, sep(lang))} % ${words.setAside}`;
    case 'fixed':
      return `${step.label ?? words.fixed} ${Object.keys(step.amounts).length} ${words.units}`;
    case 'tiers':
      return `${step.label ?? words.tiers} ${name(step.indicator)}: ${step.tiers.map((t) => `≥ ${decimalText(t.from, 4, sep(lang))} → ${kr(t.amount, lang)}`).join(', ')}`;
    case 'base':
      return `${step.label ?? words.base} ${kr(step.amount, lang)}`;
    case 'key':
      return `${words.key}: ${keyInWords(step.key, words, name)}`;
    case 'limits':
      return [
        step.floor ? `${words.floor} ${kr(step.floor, lang)}` : '',
        step.cap ? `${words.cap} ${kr(step.cap, lang)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
  }
}

const sep = (lang: 'sv' | 'en'): string => (lang === 'sv' ? ',' : '.');

/** "1 900 000 kr" with a plain space every three digits (readable in both languages). */
function kr(r: Rational, lang: 'sv' | 'en'): string {
  const [int = '', frac] = decimalText(r, 2, sep(lang)).split(sep(lang));
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${frac ? `${grouped}${sep(lang)}${frac}` : grouped} kr`;
}
