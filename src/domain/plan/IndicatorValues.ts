import { type Rational } from '../money/Rational';

/** Indicator id → unit id → exact value (population, mottagare, …); keyed by unit so row order never matters. */
export type IndicatorValues = Readonly<Record<string, Readonly<Record<string, Rational>> | undefined>>;
