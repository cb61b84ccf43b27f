import { type PlanJson } from '../../domain/plan/planSchema';

/**
 * One named plan edit, as Excalidraw's actions are: a pure `perform(plan, args) → plan` that never changes its
 * input. The session dispatches it as data (`{ type: 'command', name, args }`), so every edit is undoable,
 * replayable after loading and testable without a component.
 */
export interface PlanCommand<A> {
  readonly name: string;
  readonly perform: (plan: PlanJson, args: A) => PlanJson;
}

/** A command named `name`: the name it is dispatched and logged by. */
export function planCommand<A>(name: string, perform: (plan: PlanJson, args: A) => PlanJson): PlanCommand<A> {
  return { name, perform };
}
