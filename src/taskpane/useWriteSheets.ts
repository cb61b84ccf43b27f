import { useState } from 'react';
import { buildSheetPlan } from '../output/buildSheetPlan';
import { type SheetPlan } from '../output/SheetPlan';
import { type WorkbookPort, type WriteSummary } from '../port/WorkbookPort';
import { useSession } from './SessionContext';
import { sheetPlanInput } from './state/sheetPlanInput';
import { useStrings } from './StringsContext';

/** Writing the active scenario's sheets: where it stands, and what the user can do next. */
export interface WriteSheets {
  readonly busy: boolean;
  /** Why the last write failed, in the user's language. */
  readonly error: string | null;
  /** A plan that would replace earlier output, waiting for the user's yes. */
  readonly confirm: SheetPlan | null;
  readonly done: WriteSummary | null;
  /** Builds the sheets and writes them, asking first before earlier output is replaced. */
  readonly start: () => Promise<void>;
  /** The user said yes: write the waiting plan over the earlier output. */
  readonly replace: () => void;
  readonly cancel: () => void;
}

/** Step 4's state: builds the sheet plan from the session, writes it through the port, saves the session. */
export function useWriteSheets(port: WorkbookPort, today: () => string): WriteSheets {
  const { t, lang } = useStrings();
  const session = useSession();
  const { activeResult, active, table, findings } = session;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<SheetPlan | null>(null);
  const [done, setDone] = useState<WriteSummary | null>(null);

  const write = async (plan: SheetPlan, replaceExisting: boolean) => {
    setBusy(true);
    setError(null);
    const result = await port.writePlan(plan, { replaceExisting });
    setBusy(false);
    if (result.ok) {
      setDone(result.value);
      void session.save();
    } else if (result.error.code === 'output-exists' && !replaceExisting) setConfirm(plan);
    else setError(t('write.error', { message: result.error.message[lang] }));
  };
  const start = async () => {
    if (!table) return;
    const sheets = await port.listSheets();
    if (!sheets.ok) return setError(t('write.error', { message: sheets.error.message[lang] }));
    const input = sheetPlanInput(
      activeResult,
      active.plan,
      table,
      findings,
      today(),
      lang,
      sheets.value.filter((s) => !s.isOutput).map((s) => s.name),
    );
    if (!input) return;
    let plan: SheetPlan;
    try {
      plan = buildSheetPlan(input);
    } catch (e) {
      // A bug in building the sheets must reach the user as a message, not vanish in a promise.
      return setError(t('write.error', { message: e instanceof Error ? e.message : String(e) }));
    }
    await write(plan, false);
  };
  const replace = () => {
    const plan = confirm;
    setConfirm(null);
    if (plan) void write(plan, true);
  };
  return { busy, error, confirm, done, start, replace, cancel: () => setConfirm(null) };
}
