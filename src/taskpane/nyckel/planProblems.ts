import { type PlanJson } from '../../domain/plan/planSchema';
import { type ScenarioProblem } from '../state/computeScenario';

// Engine problems without a path that belong to a step kind (Σ floors > frame → the limits step).
const STEP_OF: Readonly<Record<string, string>> = {
  'floors-exceed-frame': 'limits',
  'caps-below-frame': 'limits',
  'cap-below-floor': 'limits',
  'set-asides-exceed-frame': 'set-aside',
  'fixed-exceed-frame': 'fixed',
};

/**
 * The first problem whose path starts with `path` ("pots[0].frame"), in `lang`.
 * @example problemAt(problems, 'pots[0].frame', 'sv') //=> 'Ramen måste vara 0 eller mer'
 */
export function problemAt(
  problems: readonly ScenarioProblem[],
  path: string,
  lang: 'sv' | 'en',
): string | undefined {
  return problems.find((p) => p.path?.startsWith(path))?.message[lang];
}

/** The engine problem without a path that belongs to a step of `kind` in pot `potId`. */
export function potProblem(
  kind: string,
  potId: string,
  problems: readonly ScenarioProblem[],
  lang: 'sv' | 'en',
): string | undefined {
  return problems.find((p) => p.path === undefined && p.potId === potId && STEP_OF[p.code ?? ''] === kind)
    ?.message[lang];
}

/** True when the problem is shown beside a field of the editor (so the list above need not repeat it). */
export function placed(p: ScenarioProblem, plan: PlanJson): boolean {
  if (p.path !== undefined) return /^pots\[\d+\]\.(frame|steps\[\d+\])/.test(p.path);
  const pot = plan.pots.find((x) => x.id === p.potId);
  const kind = STEP_OF[p.code ?? ''];
  return (
    !!pot &&
    !!kind &&
    pot.steps.some((s) => s.kind === kind || (kind === 'set-aside' && s.kind === 'set-aside-percent'))
  );
}
