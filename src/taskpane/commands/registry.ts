import { type PlanJson } from '../../domain/plan/planSchema';
import { keyCommands } from './keyCommands';
import { type PlanCommand } from './PlanCommand';
import { potCommands } from './potCommands';
import { stepCommands } from './stepCommands';
import { whatIfCommands } from './whatIfCommands';

const ALL = { ...potCommands, ...stepCommands, ...keyCommands, ...whatIfCommands };

/** Every plan command's name → the arguments it takes. */
export type CommandArgs = {
  readonly [N in keyof typeof ALL]: (typeof ALL)[N] extends PlanCommand<infer A> ? A : never;
};
/** The name of a plan command. */
export type CommandName = keyof CommandArgs;

/** The registry: every plan command by name (the one place a dispatched name is looked up). */
export const PLAN_COMMANDS: { readonly [N in CommandName]: PlanCommand<CommandArgs[N]> } = ALL;

/** A command as data: its name and arguments, what the session reducer receives and replays. */
export type CommandCall = {
  readonly [N in CommandName]: { readonly name: N; readonly args: CommandArgs[N] };
}[CommandName];

/**
 * Runs the command `call` names on `plan`.
 * @example performCommand(plan, { name: 'setPlanName', args: { name: 'Nära vård' } }).name //=> 'Nära vård'
 */
export function performCommand<N extends CommandName>(
  plan: PlanJson,
  call: { readonly name: N; readonly args: CommandArgs[N] },
): PlanJson {
  const command: PlanCommand<CommandArgs[N]> = PLAN_COMMANDS[call.name];
  return command.perform(plan, call.args);
}
