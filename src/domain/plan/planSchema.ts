import { z } from 'zod';
import { fromNumber } from '../money/fromNumber';
import { parseDecimal } from '../money/parseDecimal';
import { type Rational } from '../money/Rational';

/** The plan format version this build writes and reads. */
export const PLAN_VERSION = 1;

/** Bounds that keep hostile plans cheap to reject. */
export const PLAN_LIMITS = {
  pots: 100,
  steps: 50,
  tiers: 50,
  blendParts: 20,
  fixedUnits: 5000,
  text: 200,
} as const;

// JSON numbers beyond this lose kronor in a double; larger amounts must be written as strings.
const MAX_JSON_NUMBER = 1e15;

/** An amount or ratio: a JSON number, or a decimal string ("1 900 000", "12,5"), parsed exactly. */
const decimal = z.union([z.number(), z.string().max(64)]).transform((v, ctx): Rational => {
  if (typeof v === 'number') {
    if (Number.isFinite(v) && Math.abs(v) <= MAX_JSON_NUMBER) return fromNumber(v);
    ctx.addIssue({ code: 'custom', message: 'number out of range (write large amounts as strings)' });
    return z.NEVER;
  }
  const r = parseDecimal(v);
  if (r) return r;
  ctx.addIssue({ code: 'custom', message: 'not a decimal number' });
  return z.NEVER;
});
const nonNegative = decimal.refine((r) => r.num >= 0n, 'must be 0 or more');
const percent = decimal.refine((r) => r.num >= 0n && r.num <= 100n * r.den, 'must be between 0 and 100');
const text = z.string().min(1).max(PLAN_LIMITS.text);
const id = z.string().min(1).max(64);

const localized = z.strictObject({ sv: z.string().max(2000), en: z.string().max(2000) });

/** The frame: an amount, or a cell reference like "Ramar!B2" that the adapter resolves (exactly one of them). */
const frameSchema = z
  .strictObject({ amount: nonNegative.optional(), cell: z.string().min(1).max(300).optional() })
  .refine(
    (f) => (f.amount === undefined) !== (f.cell === undefined),
    'give either an amount or a cell, not both',
  );

const keySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('indicator'), indicator: id }),
  z.strictObject({
    type: z.literal('blend'),
    parts: z
      .array(z.strictObject({ indicator: id, weight: percent }))
      .min(1)
      .max(PLAN_LIMITS.blendParts),
  }),
  z.strictObject({ type: z.literal('equal') }),
]);

const stepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set-aside'), name: text, amount: nonNegative }),
  z.strictObject({ kind: z.literal('set-aside-percent'), name: text, percent }),
  z.strictObject({
    kind: z.literal('fixed'),
    label: text.optional(),
    amounts: z
      .record(id, nonNegative)
      .refine((r) => Object.keys(r).length <= PLAN_LIMITS.fixedUnits, 'too many units'),
  }),
  z.strictObject({
    kind: z.literal('tiers'),
    label: text.optional(),
    indicator: id,
    /** Each unit gets the amount of the highest tier whose `from` ≤ its indicator value (0 below the first). */
    tiers: z
      .array(z.strictObject({ from: nonNegative, amount: nonNegative }))
      .min(1)
      .max(PLAN_LIMITS.tiers),
  }),
  z.strictObject({ kind: z.literal('base'), label: text.optional(), amount: nonNegative }),
  z.strictObject({ kind: z.literal('key'), key: keySchema }),
  z.strictObject({ kind: z.literal('limits'), floor: nonNegative.optional(), cap: nonNegative.optional() }),
]);

const potSchema = z.strictObject({
  id,
  name: text,
  frame: frameSchema,
  steps: z.array(stepSchema).max(PLAN_LIMITS.steps),
});

const roundingSchema = z.strictObject({
  unit: z.enum(['1', '100', '1000', '0.01']).default('1'),
  method: z.enum(['largest-remainder', 'round-each', 'cumulative']).default('largest-remainder'),
});

/** The plan as JSON: what the task pane saves in the workbook and the CLI reads with --plan. */
export const planSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  name: text,
  description: localized.optional(),
  level: z.enum(['kommun', 'region']).optional(),
  indicators: z
    .array(z.strictObject({ id, name: text, source: z.string().max(500).optional() }))
    .max(PLAN_LIMITS.blendParts * 2)
    .optional(),
  rounding: roundingSchema.default({ unit: '1', method: 'largest-remainder' }),
  pots: z.array(potSchema).min(1).max(PLAN_LIMITS.pots),
});

/** A plan as written in JSON (amounts as numbers or decimal strings). */
export type PlanJson = z.input<typeof planSchema>;
/** A parsed plan (amounts as exact Rationals). */
export type Plan = z.output<typeof planSchema>;
export type Pot = Plan['pots'][number];
export type PlanStep = Pot['steps'][number];
export type KeySpec = Extract<PlanStep, { kind: 'key' }>['key'];
