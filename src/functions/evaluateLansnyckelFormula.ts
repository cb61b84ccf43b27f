import { formulaError, type FormulaResult } from './FormulaError';
import { type LansnyckelFormula, LANSNYCKEL_FORMULAS } from './lansnyckelFormulas';

/** The namespace the manifest gives our functions. */
export const LANSNYCKEL_NAMESPACE = 'LANSNYCKEL';

/**
 * Evaluates a LANSNYCKEL formula outside Excel, for the preview host's grid. `name` may carry the namespace and
 * be any case ("LANSNYCKEL.FORDELA", "fordela.bas", or the id "FORDELA_BAS"); `args` are the argument values as
 * Excel passes them: ranges as rows of cells (unknown[][]), blanks as null or '', omitted trailing optionals left
 * out. BLAND takes its pairs as plain arguments. Returns a spill (number[][]), a number, or a FormulaError to show
 * as "#VALUE!" with its message. Pure: no Office, no globals.
 * @example evaluateLansnyckelFormula('LANSNYCKEL.FORDELA', [13, [[1], [2], [3], [4]]]) //=> [[1], [3], [4], [5]]
 */
export function evaluateLansnyckelFormula(
  name: string,
  args: readonly unknown[],
): FormulaResult<number[][] | number> {
  const formula = findLansnyckelFormula(name);
  if (formula === undefined) return formulaError('unknown-function', { name });
  if (args.length < formula.minArgs || args.length > formula.maxArgs)
    return formulaError('wrong-argument-count', { name: `${LANSNYCKEL_NAMESPACE}.${formula.name}` });
  return formula.evaluate(args);
}

/**
 * The formula a name refers to, with or without the namespace, by display name or id; undefined if none.
 * @example findLansnyckelFormula('lansnyckel.fordela.bas')?.id //=> 'FORDELA_BAS'
 */
export function findLansnyckelFormula(name: string): LansnyckelFormula | undefined {
  const upper = name.trim().toUpperCase();
  const bare = upper.startsWith(`${LANSNYCKEL_NAMESPACE}.`)
    ? upper.slice(LANSNYCKEL_NAMESPACE.length + 1)
    : upper;
  return Object.values(LANSNYCKEL_FORMULAS).find((f) => f.name === bare || f.id === bare);
}
