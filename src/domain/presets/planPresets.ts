import { ambulansPreset } from './ambulansPlan';
import { ok2021KommunPotsPreset } from './ok2021KommunPotsPlan';
import { ok2021RegionsPreset } from './ok2021RegionsPlan';
import { type PlanPreset } from './PlanPreset';
import { populationPerKommunPreset } from './populationPerKommunPlan';
import { tiersAndPopulationPreset } from './tiersAndPopulationPlan';

/** Every shipped preset, in the order the task pane lists them. */
export const PLAN_PRESETS: readonly PlanPreset[] = [
  ok2021RegionsPreset,
  ambulansPreset,
  ok2021KommunPotsPreset,
  populationPerKommunPreset,
  tiersAndPopulationPreset,
];
