import { type FollowupColumnChoice, type FollowupRole } from '../../workbook/followupColumns';

/** Where the chosen allocation and report are kept in the workbook (port.saveState), beside the session. */
export const FOLLOWUP_STATE_KEY = 'lansnyckel.followup';

/** What the user chose: table ids, and for the report's roles two columns share, the column (letter) that counts. */
export interface FollowupChoice {
  readonly allocation?: string;
  readonly report?: string;
  readonly columns?: FollowupColumnChoice;
}

const ROLES: readonly FollowupRole[] = ['allocated', 'requested', 'used', 'unused', 'transferred', 'pot'];

/** The saved choice from its JSON; anything unreadable is forgotten (no choice), never half-read. */
export function parseFollowupChoice(json: string): FollowupChoice {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return {};
    const { allocation, report, columns } = value as Record<string, unknown>;
    const saved = typeof columns === 'object' && columns !== null ? (columns as Record<string, unknown>) : {};
    const picked = Object.fromEntries(
      ROLES.flatMap((role) => (typeof saved[role] === 'string' ? [[role, saved[role]]] : [])),
    ) as FollowupColumnChoice;
    return {
      ...(typeof allocation === 'string' ? { allocation } : {}),
      ...(typeof report === 'string' ? { report } : {}),
      ...(Object.keys(picked).length > 0 ? { columns: picked } : {}),
    };
  } catch {
    return {};
  }
}

/** The choice after `next`; another report table forgets the columns picked for the last one. */
export function mergeFollowupChoice(
  choice: FollowupChoice,
  next: FollowupChoice,
  newReport: boolean,
): FollowupChoice {
  const { columns, ...tables } = { ...choice, ...next };
  return newReport || !columns ? tables : { ...tables, columns };
}
