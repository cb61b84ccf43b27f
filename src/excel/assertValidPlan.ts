import { type SheetPlan } from '../output/SheetPlan';

/**
 * Plans come from our own builder, so a bad one is a programmer error and throws: sheet names must be 1–31
 * characters without []:*?/\, not start or end with an apostrophe, not be "History", and be unique
 * (case-insensitively, as Excel compares them).
 */
export function assertValidPlan(plan: SheetPlan): void {
  const seen = new Set<string>();
  for (const { name } of plan.sheets) {
    const key = name.toLowerCase();
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      key === 'history'
    ) {
      throw new RangeError(`Invalid output sheet name: "${name}"`);
    }
    if (seen.has(key)) throw new RangeError(`Duplicate output sheet name: "${name}"`);
    seen.add(key);
  }
  if (plan.marker.length === 0 || plan.marker.length > 255)
    throw new RangeError('Plan marker must be 1–255 characters');
}
