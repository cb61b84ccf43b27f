import { type Rational } from '../../domain/money/Rational';
import { type KnobId, setKnob } from '../meeting/whatIfKnobs';
import { planCommand } from './PlanCommand';

/** One what-if knob of a pot set (set-aside, floor, grundbelopp in kronor; blend weight in %). */
export const setWhatIfKnob = planCommand(
  'setWhatIfKnob',
  (plan, a: { pot: number; knob: KnobId; value: Rational }) => setKnob(plan, a.pot, a.knob, a.value),
);

/** Every what-if command. */
export const whatIfCommands = { setWhatIfKnob };
