import { type z } from 'zod';
import { type EngineProblem } from '../allocation/EngineProblem';
import { checkPlan } from './checkPlan';
import { type Plan, planSchema, PLAN_VERSION } from './planSchema';

/** A parsed, checked plan or the problems (each naming its JSON path). */
export type PlanParseResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly problems: readonly EngineProblem[] };

/** Longest plan text accepted by {@link parsePlanText}. */
export const MAX_PLAN_TEXT = 1_000_000;

/**
 * Reads a plan from already-parsed JSON: schema, version and plan-level consistency, all as values.
 * @example parsePlan({ version: 1, name: 'P', pots: [...] }) //=> { ok: true, plan }
 */
export function parsePlan(json: unknown): PlanParseResult {
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > PLAN_VERSION)
    return { ok: false, problems: [newerVersion(version)] };
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 50).map(issueToProblem) };
  const problems = checkPlan(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: parsed.data };
}

/**
 * Reads a plan from JSON text (bounded in size; malformed JSON is a problem, not a throw).
 * @example parsePlanText('{') //=> { ok: false, problems: [{ code: 'plan-invalid', path: '', … }] }
 */
export function parsePlanText(text: string): PlanParseResult {
  if (text.length > MAX_PLAN_TEXT) {
    return {
      ok: false,
      problems: [invalid('', 'planen är för stor (över 1 MB)', 'the plan is too large (over 1 MB)')],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // JSON.parse throws SyntaxError for bad text and RangeError for absurd nesting; both are user input problems.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [invalid('', `ogiltig JSON (${detail})`, `invalid JSON (${detail})`)] };
  }
  return parsePlan(json);
}

/**
 * "pots[1].steps[0].amount" from a zod path.
 * @example formatPath(['pots', 1, 'steps', 0, 'amount']) //=> 'pots[1].steps[0].amount'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function issueToProblem(issue: z.core.$ZodIssue): EngineProblem {
  const path = formatPath(issue.path);
  return invalid(path, svIssue(issue), issue.message);
}

function svIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `fel typ (väntade ${SV_TYPE[issue.expected] ?? issue.expected})`;
    case 'unrecognized_keys':
      return `okänd nyckel: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'värdet har ingen tillåten form';
    case 'invalid_value':
      return `otillåtet värde (tillåtna: ${issue.values.map(String).join(', ')})`;
    case 'too_big':
      return 'för stort eller för många';
    case 'too_small':
      return 'för litet, för kort eller tomt';
    default: {
      // The schema's own refinements speak English; a Swedish reader gets them in Swedish.
      const sv = SV_CUSTOM[issue.message];
      return sv ?? `ogiltigt värde (${issue.message})`;
    }
  }
}

/** zod's type names as a Swedish reader says them. */
const SV_TYPE: Readonly<Record<string, string>> = {
  number: 'ett tal',
  string: 'en text',
  object: 'ett objekt',
  array: 'en lista',
  boolean: 'sant eller falskt',
  bigint: 'ett heltal',
  null: 'null',
  undefined: 'inget värde',
};

const SV_CUSTOM: Readonly<Record<string, string>> = {
  'must be 0 or more': 'måste vara 0 eller mer',
  'must be between 0 and 100': 'måste vara mellan 0 och 100',
  'number out of range (write large amounts as strings)':
    'talet är för stort för att läsas exakt (skriv stora belopp som text, t.ex. "1 900 000 000 000 000")',
  'not a decimal number': 'inte ett decimaltal',
  'give either an amount or a cell, not both': 'ange antingen ett belopp eller en cell, inte båda',
  'too many units': 'för många mottagare',
};

function invalid(path: string, sv: string, en: string): EngineProblem {
  const where = path === '' ? '' : ` vid ${path}`;
  const whereEn = path === '' ? '' : ` at ${path}`;
  return {
    code: 'plan-invalid',
    path,
    message: { sv: `Planen är ogiltig${where}: ${sv}.`, en: `The plan is invalid${whereEn}: ${en}.` },
  };
}

function newerVersion(version: number): EngineProblem {
  return {
    code: 'plan-version',
    path: 'version',
    message: {
      sv: `Planen har version ${version} och skapades av en nyare Länsnyckel; den här versionen läser version ${PLAN_VERSION}.`,
      en: `The plan has version ${version}, made by a newer Länsnyckel; this version reads version ${PLAN_VERSION}.`,
    },
  };
}
