import { CliInputError } from './CliInputError';
import { type FollowupArgs } from './runFollowup';
import { CLI_MESSAGES, CLI_REPORT_WORDS } from './cliMessages';

/** `check <file> [--sheet] [--key] [--json]` */
export interface CheckArgs {
  readonly command: 'check';
  readonly file: string;
  readonly sheet?: string;
  readonly key?: string;
  readonly json: boolean;
}

/** `allocate <file> [--sheet] (--key --total | --plan) [--out] [--json]` */
export interface AllocateArgs {
  readonly command: 'allocate';
  readonly file: string;
  readonly sheet?: string;
  readonly key?: string;
  readonly total?: string;
  readonly plan?: string;
  readonly out?: string;
  readonly json: boolean;
}

export type CliArgs = CheckArgs | AllocateArgs | FollowupArgs;

export const USAGE = CLI_REPORT_WORDS.sv.usage;

const VALUE_FLAGS: Record<CliArgs['command'], readonly string[]> = {
  check: ['--sheet', '--key'],
  allocate: ['--sheet', '--key', '--total', '--plan', '--out'],
  followup: ['--allocation', '--report'],
};

/**
 * The command line (`check`, `allocate`, `followup`, see USAGE) as a typed value; anything else is a
 * CliInputError (exit 2) with one line.
 * @example parseCliArgs(['check', 'a.xlsx', '--json']) //=> { command: 'check', file: 'a.xlsx', json: true }
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'allocate' && command !== 'followup') {
    throw new CliInputError(command ? CLI_MESSAGES.unknownCommand(command) : CLI_MESSAGES.noCommand, USAGE);
  }
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  const queue = [...rest];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '--json') json = true;
    else if (VALUE_FLAGS[command].includes(a)) {
      const v = queue.shift();
      if (v === undefined || v.startsWith('--')) throw new CliInputError(CLI_MESSAGES.flagNeedsValue(a));
      if (values[a] !== undefined) throw new CliInputError(CLI_MESSAGES.flagTwice(a));
      values[a] = v;
    } else if (a.startsWith('--')) throw new CliInputError(CLI_MESSAGES.unknownFlag(a, command));
    else positional.push(a);
  }
  const [file, ...extra] = positional;
  if (file === undefined) throw new CliInputError(CLI_MESSAGES.noFile, USAGE);
  if (extra.length > 0) throw new CliInputError(CLI_MESSAGES.oneFileOnly(positional), USAGE);
  const common = {
    file,
    json,
    ...(values['--sheet'] !== undefined ? { sheet: values['--sheet'] } : {}),
    ...(values['--key'] !== undefined ? { key: values['--key'] } : {}),
  };
  if (command === 'check') return { command, ...common };
  if (command === 'followup') {
    return {
      command,
      file: common.file,
      json,
      ...(values['--allocation'] !== undefined ? { allocation: values['--allocation'] } : {}),
      ...(values['--report'] !== undefined ? { report: values['--report'] } : {}),
    };
  }
  const plan = values['--plan'];
  const total = values['--total'];
  if (plan !== undefined && (total !== undefined || common.key !== undefined)) {
    throw new CliInputError(CLI_MESSAGES.planAndKey);
  }
  if (plan === undefined && (total === undefined || common.key === undefined)) {
    throw new CliInputError(CLI_MESSAGES.allocateNeedsKey);
  }
  return {
    command,
    ...common,
    ...(plan !== undefined ? { plan } : {}),
    ...(total !== undefined ? { total } : {}),
    ...(values['--out'] !== undefined ? { out: values['--out'] } : {}),
  };
}
