import { type LocalizedText } from '../findings/Finding';

/** The kinds of input the engine refuses, each reported as a value (never thrown). */
export type EngineProblemCode =
  | 'zero-key'
  | 'negative-key'
  | 'frame-not-multiple'
  | 'negative-frame'
  | 'set-asides-exceed-frame'
  | 'fixed-exceed-frame'
  | 'rest-without-key'
  | 'floors-exceed-frame'
  | 'caps-below-frame'
  | 'cap-below-floor'
  | 'missing-indicator'
  | 'unknown-unit'
  | 'plan-invalid'
  | 'plan-version'
  | 'frame-unresolved';

/** A problem with a plan or its inputs: what, where (JSON path or unit), and a sv/en message. */
export interface EngineProblem {
  readonly code: EngineProblemCode;
  readonly message: LocalizedText;
  /** JSON path into the plan, e.g. "pots[1].steps[0].amount". */
  readonly path?: string;
  /** The unit concerned, when there is one. */
  readonly unitId?: string | undefined;
  /** The pot concerned, when there is one. */
  readonly potId?: string;
}
