import { type PlanJson } from '../../domain/plan/planSchema';
import { type CommandCall } from '../commands/registry';
import { type StepAt, type StepJson, type StepOf } from '../commands/planPaths';

/** What every step editor gets: its step, where it is, the plan, the units and the engine's problem. */
export interface StepProps<S extends StepJson = StepJson> {
  readonly step: S;
  readonly at: StepAt;
  readonly plan: PlanJson;
  readonly units: readonly { readonly id: string; readonly name: string }[];
  /** The engine's message for this step, shown inline. */
  readonly problem: string | undefined;
  /** Runs a plan command as an edit of this step (one undo step per run of edits). */
  readonly run: (call: CommandCall) => void;
}

/** Step editor props for a step of one kind. */
export type StepPropsOf<K extends StepJson['kind']> = StepProps<StepOf<K>>;
