import { type Allocation, type PotAllocation } from '../../domain/allocation/Allocation';
import { kronor } from '../../domain/money/Kronor';
import { type Rational } from '../../domain/money/Rational';
import { parsePlan } from '../../domain/plan/parsePlan';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type Lang } from '../../i18n/Lang';

/**
 * The messages between the task pane and the presentation window (Office dialog or preview window). The pane is
 * the single source of truth: it sends `state` snapshots; the window renders them and sends `command`s back,
 * which the pane applies to its session (so undo, scenarios and saving stay in one place). Every message carries
 * the protocol version; a message of another version or shape is ignored, never half-read.
 */
export const PRESENTATION_PROTOCOL_VERSION = 1;

/** What the window shows: the active scenario's plan and result, the comparison, and the history state. */
export interface PresentationSnapshot {
  readonly lang: Lang;
  readonly plan: PlanJson;
  /** Undefined while the plan has problems (the window then says so and keeps its knobs). */
  readonly allocation?: Allocation | undefined;
  /** The compared scenario's result, undefined without a comparison. */
  readonly compare?: Allocation | undefined;
  readonly compareName?: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly scenarios: readonly { readonly id: string; readonly name: string }[];
  readonly activeId: string;
  /** The source table, for the memo's source line. */
  readonly source?: { readonly sheet: string; readonly range?: string };
}

/** What the window asks the pane to do. */
export type PresentationCommand =
  | { readonly kind: 'edit-plan'; readonly plan: PlanJson; readonly coalesce?: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'switch-scenario'; readonly scenarioId: string };

/** Pane → window. */
export type PaneMessage = { readonly v: 1; readonly type: 'state'; readonly snapshot: PresentationSnapshot };

/** Window → pane: `ready` asks for the first snapshot; `closed` says the user left the presentation. */
export type WindowMessage =
  | { readonly v: 1; readonly type: 'ready' }
  | { readonly v: 1; readonly type: 'command'; readonly command: PresentationCommand }
  | { readonly v: 1; readonly type: 'closed' };

/**
 * A pane message as text. Exact amounts (BigInt rationals) travel as "num/den" strings; traces are left out
 * (the window shows amounts and differences, never "Varför?"), which keeps a 290-kommun snapshot small.
 * @example encodePaneMessage({ v: 1, type: 'state', snapshot }) //=> '{"v":1,"type":"state",…}'
 */
export function encodePaneMessage(message: PaneMessage): string {
  const { snapshot } = message;
  return JSON.stringify({
    ...message,
    snapshot: {
      ...snapshot,
      allocation: snapshot.allocation && encodeAllocation(snapshot.allocation),
      compare: snapshot.compare && encodeAllocation(snapshot.compare),
    },
  });
}

/** A pane message from text; undefined for anything else (another version, another shape, not JSON). */
export function decodePaneMessage(text: unknown): PaneMessage | undefined {
  const data = parseObject(text);
  if (!data || data.v !== PRESENTATION_PROTOCOL_VERSION || data.type !== 'state') return undefined;
  const s = data.snapshot as Record<string, unknown> | undefined;
  if (!isObject(s) || !isObject(s.plan) || !Array.isArray(s.scenarios) || typeof s.activeId !== 'string')
    return undefined;
  if (s.lang !== 'sv' && s.lang !== 'en') return undefined;
  try {
    const snapshot: PresentationSnapshot = {
      ...(s as unknown as PresentationSnapshot),
      allocation: s.allocation === undefined ? undefined : decodeAllocation(s.allocation),
      compare: s.compare === undefined ? undefined : decodeAllocation(s.compare),
    };
    return { v: 1, type: 'state', snapshot };
  } catch (error) {
    // A snapshot whose amounts do not parse is not shown at all (the window keeps the last good one).
    if (error instanceof MalformedSnapshotError) return undefined;
    throw error;
  }
}

/** A window message as text. */
export function encodeWindowMessage(message: WindowMessage): string {
  return JSON.stringify(message);
}

/**
 * A window message from text; undefined for anything else. An edit must carry a plan that passes the plan schema,
 * so the pane never applies a plan it could not have made itself.
 */
export function decodeWindowMessage(text: unknown): WindowMessage | undefined {
  const data = parseObject(text);
  if (!data || data.v !== PRESENTATION_PROTOCOL_VERSION) return undefined;
  if (data.type === 'ready' || data.type === 'closed') return { v: 1, type: data.type };
  if (data.type !== 'command' || !isObject(data.command)) return undefined;
  const c = data.command;
  switch (c.kind) {
    case 'undo':
    case 'redo':
      return { v: 1, type: 'command', command: { kind: c.kind } };
    case 'switch-scenario':
      return typeof c.scenarioId === 'string'
        ? { v: 1, type: 'command', command: { kind: 'switch-scenario', scenarioId: c.scenarioId } }
        : undefined;
    case 'edit-plan': {
      if (!parsePlan(c.plan).ok) return undefined;
      const coalesce = typeof c.coalesce === 'string' ? { coalesce: c.coalesce } : {};
      return { v: 1, type: 'command', command: { kind: 'edit-plan', plan: c.plan as PlanJson, ...coalesce } };
    }
    default:
      return undefined;
  }
}

/** A posted snapshot whose allocation does not decode (`problem` says which part): the message is dropped. */
class MalformedSnapshotError extends RangeError {
  constructor(problem: string) {
    super(problem);
    this.name = 'MalformedSnapshotError';
  }
}

/** "num/den" for an exact amount. */
function encodeRational(r: Rational): string {
  return `${r.num}/${r.den}`;
}

function decodeRational(value: unknown): Rational {
  const [, num, den] = (typeof value === 'string' && /^(-?\d+)\/(\d+)$/.exec(value)) || [];
  if (num === undefined || den === undefined || BigInt(den) <= 0n)
    throw new MalformedSnapshotError(`not an exact amount: ${String(value)}`);
  return { num: BigInt(num), den: BigInt(den) };
}

function encodeAllocation(a: Allocation): unknown {
  return {
    ...a,
    totals: a.totals.map(encodeRational),
    roundingUnit: encodeRational(a.roundingUnit),
    pots: a.pots.map((p) => ({
      ...p,
      frame: encodeRational(p.frame),
      distributed: encodeRational(p.distributed),
      setAsides: p.setAsides.map((s) => ({ name: s.name, amount: encodeRational(s.amount) })),
      amounts: p.amounts.map(encodeRational),
      trace: [],
    })),
  };
}

function decodeAllocation(value: unknown): Allocation {
  if (
    !isObject(value) ||
    !Array.isArray(value.pots) ||
    !Array.isArray(value.units) ||
    !Array.isArray(value.totals)
  )
    throw new MalformedSnapshotError('not an allocation');
  const pots = value.pots.map((p: unknown): PotAllocation => {
    if (!isObject(p) || !Array.isArray(p.amounts) || !Array.isArray(p.setAsides))
      throw new MalformedSnapshotError('not a pot');
    return {
      ...(p as unknown as PotAllocation),
      frame: kronor(decodeRational(p.frame)),
      distributed: kronor(decodeRational(p.distributed)),
      setAsides: p.setAsides.map((s: unknown) => {
        if (!isObject(s)) throw new MalformedSnapshotError('not a set-aside');
        return { name: String(s.name), amount: kronor(decodeRational(s.amount)) };
      }),
      amounts: p.amounts.map((a: unknown) => kronor(decodeRational(a))),
      trace: [],
    };
  });
  return {
    ...(value as unknown as Allocation),
    pots,
    totals: value.totals.map((a: unknown) => kronor(decodeRational(a))),
    roundingUnit: kronor(decodeRational(value.roundingUnit)),
  };
}

function parseObject(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
