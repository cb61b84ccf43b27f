import { z } from 'zod';
import { type LocalizedText } from '../../domain/findings/Finding';
import { type PlanJson } from '../../domain/plan/planSchema';
import { type SavedSession, type SessionState, savedSession, type SourceSelection } from './sessionReducer';

/** The key the session is stored under in the workbook (port.saveState). */
export const SESSION_STATE_KEY = 'lansnyckel.session';

const role = z.enum(['indicator', 'amount', 'total', 'other']);
// Plans are kept as the user left them (possibly mid-edit and invalid); the editor shows their problems.
const planJson = z.looseObject({ version: z.number(), name: z.string(), pots: z.array(z.unknown()) });
const savedSchema = z.object({
  version: z.literal(1),
  source: z
    .object({
      sheet: z.string(),
      range: z.string(),
      fromSelection: z.boolean().optional(),
      unitColumn: z
        .string()
        .regex(/^[A-Z]{1,3}$/)
        .optional(),
      roles: z.record(z.string(), role).optional(),
      indicatorColumns: z.record(z.string(), z.string()).optional(),
      totalRow: z.number().int().nullable().optional(),
    })
    .nullable(),
  scenarios: z
    .array(z.object({ id: z.string().min(1), name: z.string().min(1), plan: planJson }))
    .min(1)
    .max(50),
  activeId: z.string(),
  compareId: z.string().nullable(),
});

/**
 * The session as JSON for the workbook: source table and scenarios, no undo history.
 * @example sessionToJson(state) //=> '{"version":1,"source":…,"scenarios":[…],…}'
 */
export function sessionToJson(state: SessionState): string {
  return JSON.stringify({ version: 1, ...savedSession(state) });
}

/** A session read back from the workbook, or why it cannot be used. */
export function sessionFromJson(
  json: string,
): { ok: true; saved: SavedSession } | { ok: false; message: LocalizedText } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: unreadable(detail) };
  }
  const parsed = savedSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: unreadable(parsed.error.issues[0]?.message ?? '') };
  const { scenarios, activeId, compareId, source } = parsed.data;
  const ids = new Set(scenarios.map((s) => s.id));
  const first = scenarios[0];
  if (!first) return { ok: false, message: unreadable('no scenarios') };
  const saved: SavedSession = {
    source: source === null ? null : sourceOf(source),
    scenarios: scenarios.map((s) => ({ id: s.id, name: s.name, plan: s.plan as PlanJson })),
    activeId: ids.has(activeId) ? activeId : first.id,
    compareId: compareId !== null && ids.has(compareId) && compareId !== activeId ? compareId : null,
  };
  return { ok: true, saved };
}

/** The saved source with only the keys it has (an absent correction means "as detected"). */
function sourceOf(s: NonNullable<z.infer<typeof savedSchema>['source']>): SourceSelection {
  return {
    sheet: s.sheet,
    range: s.range,
    ...(s.fromSelection === undefined ? {} : { fromSelection: s.fromSelection }),
    ...(s.unitColumn === undefined ? {} : { unitColumn: s.unitColumn }),
    ...(s.roles === undefined ? {} : { roles: s.roles }),
    ...(s.indicatorColumns === undefined ? {} : { indicatorColumns: s.indicatorColumns }),
    ...(s.totalRow === undefined ? {} : { totalRow: s.totalRow }),
  };
}

function unreadable(detail: string): LocalizedText {
  return {
    sv: `De sparade planerna i arbetsboken gick inte att läsa (${detail}); du börjar med en ny plan.`,
    en: `The plans saved in the workbook could not be read (${detail}); you start with a new plan.`,
  };
}
