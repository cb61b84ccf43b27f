import { type z } from 'zod';
import { type EngineProblem } from '../allocation/EngineProblem';
import { type LocalizedText } from '../findings/Finding';
import { PLAN_PARSE_MESSAGES } from '../findings/planParseMessages';
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
      problems: [invalid('', PLAN_PARSE_MESSAGES.tooLarge)],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // JSON.parse throws SyntaxError for bad text and RangeError for absurd nesting; both are user input problems.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [invalid('', PLAN_PARSE_MESSAGES.invalidJson(detail))] };
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
  return invalid(path, PLAN_PARSE_MESSAGES.schemaIssue(issue));
}

function invalid(path: string, detail: LocalizedText): EngineProblem {
  return { code: 'plan-invalid', path, message: PLAN_PARSE_MESSAGES.invalid(path, detail) };
}

function newerVersion(version: number): EngineProblem {
  return {
    code: 'plan-version',
    path: 'version',
    message: PLAN_PARSE_MESSAGES.newerVersion(version, PLAN_VERSION),
  };
}
