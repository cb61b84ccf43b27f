import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { isFormulaError } from '../../../src/functions/FormulaError';
import { LANSNYCKEL_FORMULAS, type LansnyckelFormula } from '../../../src/functions/lansnyckelFormulas';
import { LANSNYCKEL_NAMESPACE } from '../../../src/functions/evaluateLansnyckelFormula';

// HyperFormula's AST and interpreter state are internal (not exported) types; the plugin only passes them on.
interface CallAst {
  readonly procedureName: string;
  readonly args: readonly unknown[];
}
type State = unknown;

const any = (optionalArg = false) => ({ argumentType: FunctionArgumentType.ANY, optionalArg });

/** Which argument's range decides the size of the spill (the key), per formula id. */
const SPILL_SHAPE_ARG: Record<string, number> = { FORDELA: 1, FORDELA_BAS: 2, BLAND: 0 };

function metadataFor(f: LansnyckelFormula): ImplementedFunctions[string] {
  const required = Array.from({ length: f.minArgs }, () => any());
  const optional = Number.isFinite(f.maxArgs)
    ? Array.from({ length: f.maxArgs - f.minArgs }, () => any(true))
    : [];
  return {
    method: 'lansnyckel',
    parameters: [...required, ...optional],
    // BLAND repeats its (key, weight) pair.
    ...(Number.isFinite(f.maxArgs) ? {} : { repeatLastArgs: 2 }),
    // Our formulas take whole ranges; HyperFormula must not call them once per cell.
    vectorizationForbidden: true,
    ...(f.spills ? { sizeOfResultArrayMethod: 'spillSize' } : {}),
  };
}

/** Registers LANSNYCKEL.FORDELA, .FORDELA.BAS, .BLAND, .KONTROLL backed by the same pure implementations. */
export class LansnyckelPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.values(LANSNYCKEL_FORMULAS).map((f) => [`${LANSNYCKEL_NAMESPACE}.${f.name}`, metadataFor(f)]),
  );

  lansnyckel(ast: CallAst, state: State) {
    const formula = formulaOf(ast.procedureName);
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata(ast.procedureName),
      (...args: unknown[]) => {
        const result = formula.evaluate(trimOmitted(args.map(toExcelArgument)));
        if (isFormulaError(result)) return new CellError(ErrorType.VALUE, result.message);
        return typeof result === 'number' ? result : SimpleRangeValue.onlyNumbers(result);
      },
    );
  }

  /** The spill is as tall/wide as the key argument's range, as in Excel. */
  spillSize(ast: CallAst, state: State): ArraySize {
    const formula = formulaOf(ast.procedureName);
    const shapeIndex = SPILL_SHAPE_ARG[formula.id];
    const shapeArg = shapeIndex === undefined ? undefined : ast.args[shapeIndex];
    if (shapeArg === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(shapeArg as never, state as never);
    // A plain range reference is sized as a reference (isRef); the spill is a computed array of the same shape.
    return size.isScalar() && !size.isRef ? size : new ArraySize(size.width, size.height);
  }
}

/** HyperFormula's formula-name translations for the plugin (the names are the same in every language). */
export const LANSNYCKEL_TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(LansnyckelPlugin.implementedFunctions).map((n) => [n, n])),
};

/** A HyperFormula instance with the LANSNYCKEL functions, built from sheets of raw cells. */
export function buildLansnyckelEngine(sheets: Record<string, unknown[][]>): HyperFormula {
  if (!HyperFormula.getRegisteredFunctionNames('enGB').includes('LANSNYCKEL.FORDELA'))
    HyperFormula.registerFunctionPlugin(LansnyckelPlugin, LANSNYCKEL_TRANSLATIONS);
  return HyperFormula.buildFromSheets(sheets as Parameters<typeof HyperFormula.buildFromSheets>[0], {
    licenseKey: 'gpl-v3',
  });
}

function formulaOf(procedureName: string): LansnyckelFormula {
  const name = procedureName.slice(LANSNYCKEL_NAMESPACE.length + 1);
  const found = Object.values(LANSNYCKEL_FORMULAS).find((f) => f.name === name);
  if (!found) throw new Error(`not a LANSNYCKEL function: ${procedureName}`);
  return found;
}

/** A range as Excel hands it to a custom function: rows of cells, empty cells as null. */
function toExcelArgument(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) return arg.rawData().map((row) => row.map(toExcelCell));
  return toExcelCell(arg);
}

function toExcelCell(cell: unknown): unknown {
  // HyperFormula marks an empty cell with an internal symbol (not exported).
  return typeof cell === 'symbol' ? null : cell;
}

/** Omitted trailing optionals arrive as undefined; the evaluator counts arguments, so drop them. */
function trimOmitted(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}
