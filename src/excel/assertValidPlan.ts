import { type SheetPlan } from '../output/SheetPlan';
import { sheetNameKey, validateSheetName } from '../output/sheetWritePolicy';
import { InvalidSheetPlanError } from './excelErrors';

/**
 * Plans come from our own builder, so a bad one is a programmer error and throws: every sheet name must pass the
 * write policy's {@link validateSheetName} and be unique (as Excel compares them, {@link sheetNameKey}).
 */
export function assertValidPlan(plan: SheetPlan): void {
  const seen = new Set<string>();
  for (const { name } of plan.sheets) {
    const key = sheetNameKey(name);
    if (validateSheetName(name)) throw new InvalidSheetPlanError(`Invalid output sheet name: "${name}"`);
    if (seen.has(key)) throw new InvalidSheetPlanError(`Duplicate output sheet name: "${name}"`);
    seen.add(key);
  }
  if (plan.marker.length === 0 || plan.marker.length > 255)
    throw new InvalidSheetPlanError('Plan marker must be 1–255 characters');
}
