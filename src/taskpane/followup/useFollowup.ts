import { useEffect, useMemo, useState } from 'react';
import { defaultUnitRegistry } from '../../domain/units/defaultUnitRegistry';
import { buildFollowupSheet } from '../../output/buildFollowupSheet';
import { FOLLOWUP_TEXTS } from '../../output/followupTexts';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { type Grid } from '../../workbook/Grid';
import {
  followupRoleCandidates,
  recogniseFollowupColumns,
  type FollowupColumnChoice,
} from '../../workbook/followupColumns';
import { reconcileFollowupTables } from '../../workbook/reconcileFollowupTables';
import { useStrings } from '../StringsContext';
import { followupCandidates } from './followupCandidates';
import {
  FOLLOWUP_STATE_KEY,
  mergeFollowupChoice,
  parseFollowupChoice,
  type FollowupChoice,
} from './followupChoice';

/** The outcome of the last "Skriv återredovisning", in the user's language. */
export type FollowupWritten = { readonly ok: boolean; readonly text: string } | undefined;

/**
 * The Uppföljning mode's state: the workbook's tables read once, the saved choice, the chosen allocation and
 * report, the report columns still to pick, the reconciliation, and writing the Återredovisning sheet.
 */
export function useFollowup(port: WorkbookPort, today: () => string) {
  const { t, lang } = useStrings();
  const [grids, setGrids] = useState<readonly Grid[] | undefined>(undefined);
  const [choice, setChoice] = useState<FollowupChoice>({});
  const [written, setWritten] = useState<FollowupWritten>(undefined);
  const registry = useMemo(() => defaultUnitRegistry(), []);
  useEffect(() => readWorkbook(port, setChoice, setGrids), [port]);

  const candidates = useMemo(
    () => (grids ? followupCandidates(grids, registry) : undefined),
    [grids, registry],
  );
  const allocation =
    candidates?.allocations.find((a) => a.id === choice.allocation) ?? candidates?.allocations[0];
  const report = candidates?.reports.find((r) => r.id === choice.report) ?? candidates?.reports[0];
  // Roles two report columns share: the user picks the column; until every one is picked, nothing is reconciled.
  const recognised = useMemo(() => (report ? recogniseFollowupColumns(report.table) : undefined), [report]);
  const ambiguous = useMemo(
    () =>
      report && recognised
        ? recognised.ambiguous.map((role) => ({ role, columns: followupRoleCandidates(report.table, role) }))
        : [],
    [report, recognised],
  );
  const picked = choice.columns;
  const chosenColumns = useMemo((): FollowupColumnChoice | undefined => {
    if (!recognised || ambiguous.length === 0) return undefined;
    const complete = ambiguous.every(({ role, columns }) => columns.some((c) => c.letter === picked?.[role]));
    return complete ? { ...recognised.choice, ...picked } : undefined;
  }, [recognised, ambiguous, picked]);
  const outcome = useMemo(
    () =>
      allocation && report
        ? reconcileFollowupTables(allocation.allocation, report.table, registry, chosenColumns)
        : undefined,
    [allocation, report, registry, chosenColumns],
  );

  /** Saves the choice; another report table forgets the columns picked for the last one. */
  const choose = (next: FollowupChoice, newReport = false) => {
    const merged = mergeFollowupChoice(choice, next, newReport);
    setChoice(merged);
    setWritten(undefined);
    void port.saveState(FOLLOWUP_STATE_KEY, JSON.stringify(merged));
  };
  const texts = FOLLOWUP_TEXTS[lang];
  const write = async () => {
    if (!outcome?.ok || !allocation || !report) return;
    const sheet = buildFollowupSheet({
      name: texts.sheetName,
      allocation: allocation.allocation,
      report: { sheet: report.table.sheet, range: report.table.range },
      result: outcome.result,
      findings: outcome.findings,
      texts,
      date: today(),
    });
    const result = await port.writePlan({ marker: 'followup', sheets: [sheet] }, { replaceExisting: true });
    setWritten(
      result.ok
        ? { ok: true, text: t('followup.written', { sheet: texts.sheetName }) }
        : { ok: false, text: t('followup.writeFailed', { message: result.error.message[lang] }) },
    );
  };
  return { candidates, allocation, report, ambiguous, picked, outcome, texts, written, choose, write };
}

/** Reads every sheet and the saved choice once; a pane gone before the reads end takes nothing. */
function readWorkbook(
  port: WorkbookPort,
  setChoice: (choice: FollowupChoice) => void,
  setGrids: (grids: readonly Grid[]) => void,
): () => void {
  let live = true;
  void (async () => {
    const saved = await port.loadState(FOLLOWUP_STATE_KEY);
    const list = await port.listSheets();
    const read: Grid[] = [];
    for (const sheet of list.ok ? list.value : []) {
      const grid = await port.readSheet(sheet.name);
      if (grid.ok) read.push(sheet.isOutput ? grid.value.with({ isOutput: true }) : grid.value);
    }
    if (!live) return;
    if (saved.ok && saved.value) setChoice(parseFollowupChoice(saved.value));
    setGrids(read);
  })();
  return () => {
    live = false;
  };
}
