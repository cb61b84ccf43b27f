import { type LocalizedText } from '../findings/Finding';
import { type PlanJson } from '../plan/planSchema';

/** A shipped plan the user starts from: `build()` returns a fresh, editable copy of the plan JSON. */
export interface PlanPreset {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly level: 'kommun' | 'region';
  readonly build: () => PlanJson;
}

/** The indicator ids the presets use; the task pane maps table columns onto them. */
export const PRESET_INDICATORS = {
  population: { id: 'population', name: 'Befolkning' },
  mottagare: { id: 'mottagare', name: 'Mottagare av kommunal hälso- och sjukvård' },
} as const;
