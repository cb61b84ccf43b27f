import {
  Badge,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Finding } from '../../domain/findings/Finding';
import { type FollowupStatus } from '../../domain/followup/Followup';
import { sub } from '../../domain/money/arithmetic';
import { toNumber } from '../../domain/money/toNumber';
import { defaultUnitRegistry } from '../../domain/units/defaultUnitRegistry';
import { formatKronor } from '../../i18n/formatKronor';
import { buildFollowupSheet } from '../../output/buildFollowupSheet';
import { followupMemo } from '../../output/followupMemo';
import { FOLLOWUP_TEXTS } from '../../output/followupTexts';
import { type WorkbookPort } from '../../port/WorkbookPort';
import { type Grid } from '../../workbook/Grid';
import {
  followupRoleCandidates,
  recogniseFollowupColumns,
  type FollowupColumnChoice,
  type FollowupRole,
} from '../../workbook/followupColumns';
import { reconcileFollowupTables } from '../../workbook/reconcileFollowupTables';
import { FindingItem } from '../FindingItem';
import { LabeledDropdown } from '../LabeledDropdown';
import { BarChart } from '../meeting/BarChart';
import { CopyForMemoButton } from '../meeting/CopyForMemoButton';
import { useStrings } from '../StringsContext';
import { followupCandidates } from './followupCandidates';

/** Where the chosen allocation and report are kept in the workbook (port.saveState), beside the session. */
export const FOLLOWUP_STATE_KEY = 'lansnyckel.followup';

/** What the user chose: table ids, and for the report's roles two columns share, the column (letter) that counts. */
interface Choice {
  readonly allocation?: string;
  readonly report?: string;
  readonly columns?: FollowupColumnChoice;
}

const STATUS_COLOR: Record<FollowupStatus, 'success' | 'danger' | 'warning' | 'informative'> = {
  ok: 'success',
  deviation: 'danger',
  missing: 'warning',
  unexpected: 'danger',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  // Columns sized by their content, so a long status ("ej tilldelad") is not cut off in a narrow pane.
  table: { tableLayout: 'auto' },
  // Narrow cell padding so four columns fit a 320 px pane.
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  amount: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A status that does not fit wraps inside its badge instead of spilling out of it.
  status: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The Uppföljning mode: choose the allocation (our Fördelning sheet or any table with amounts) and the kommuners'
 * report, see each kommun's status and every finding (activating one selects its cell), copy for a memo, see
 * förbrukat − tilldelat per kommun, and write the Återredovisning sheet. The choice is saved in the workbook.
 */
export function FollowupPane({ port, today }: { port: WorkbookPort; today: () => string }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const [grids, setGrids] = useState<readonly Grid[] | undefined>(undefined);
  const [choice, setChoice] = useState<Choice>({});
  const [written, setWritten] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const registry = useMemo(() => defaultUnitRegistry(), []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const saved = await port.loadState(FOLLOWUP_STATE_KEY);
      const list = await port.listSheets();
      const read: Grid[] = [];
      for (const sheet of list.ok ? list.value : []) {
        const grid = await port.readSheet(sheet.name);
        if (grid.ok) read.push(sheet.isOutput ? { ...grid.value, isOutput: true } : grid.value);
      }
      if (!live) return;
      if (saved.ok && saved.value) setChoice(parseChoice(saved.value));
      setGrids(read);
    })();
    return () => {
      live = false;
    };
  }, [port]);

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
  const choose = (next: Choice, newReport = false) => {
    const { columns, ...tables } = { ...choice, ...next };
    const merged: Choice = newReport || !columns ? tables : { ...tables, columns };
    setChoice(merged);
    setWritten(undefined);
    void port.saveState(FOLLOWUP_STATE_KEY, JSON.stringify(merged));
  };
  const show = useCallback((f: Finding) => void port.selectRange(f.sheet, f.cells[0]!), [port]);

  if (!candidates) return <Spinner label={t('followup.loading')} />;
  const amountCell = mergeClasses(styles.cell, styles.amount);
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

  return (
    <section className={styles.root} aria-labelledby="followup-heading">
      <Title3 as="h2" id="followup-heading">
        {t('followup.heading')}
      </Title3>
      <Text className={styles.intro}>{t('followup.intro')}</Text>
      {candidates.allocations.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.noAllocation')}</MessageBarBody>
        </MessageBar>
      ) : (
        <LabeledDropdown
          label={t('followup.allocation')}
          choices={candidates.allocations.map((a) => ({
            value: a.id,
            text: a.own ? t('followup.own', { id: a.id }) : a.id,
          }))}
          value={allocation?.id}
          onSelect={(value) => choose({ allocation: value })}
        />
      )}
      {candidates.reports.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.noReport')}</MessageBarBody>
        </MessageBar>
      ) : (
        <LabeledDropdown
          label={t('followup.report')}
          choices={candidates.reports.map((r) => ({ value: r.id, text: r.id }))}
          value={report?.id}
          onSelect={(value) => choose({ report: value }, true)}
        />
      )}
      {outcome && !outcome.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('followup.ambiguous')}</MessageBarBody>
        </MessageBar>
      )}
      {ambiguous.map(({ role, columns }) => (
        <LabeledDropdown
          key={role}
          label={t('followup.chooseColumn', { role: t(`followup.role.${role}` as const) })}
          choices={columns.map((c) => ({ value: c.letter, text: `${c.letter}: ${c.header}` }))}
          value={picked?.[role]}
          onSelect={(value) => choose({ columns: { ...picked, [role]: value } })}
        />
      ))}
      {outcome?.ok && (
        <>
          <Subtitle2 as="h3">{t('followup.units')}</Subtitle2>
          <Table size="small" className={styles.table} aria-label={t('followup.units')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell}>{t('followup.col.unit')}</TableHeaderCell>
                <TableHeaderCell className={amountCell}>{t('followup.col.allocated')}</TableHeaderCell>
                <TableHeaderCell className={amountCell}>{t('followup.col.used')}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{t('followup.col.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {outcome.result.lines.map((l, i) => (
                <TableRow key={`${l.unit}-${l.pot ?? ''}-${i}`}>
                  <TableCell className={styles.cell}>{l.unit}</TableCell>
                  <TableCell className={amountCell}>
                    {formatKronor(toNumber(l.allocated), { unit: false })}
                  </TableCell>
                  <TableCell className={amountCell}>
                    {l.used === undefined ? '–' : formatKronor(toNumber(l.used), { unit: false })}
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <Badge appearance="tint" color={STATUS_COLOR[l.status]} className={styles.status}>
                      {t(`followup.status.${l.status}`)}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Subtitle2 as="h3">{t('followup.findings', { count: String(outcome.findings.length) })}</Subtitle2>
          {outcome.findings.length === 0 ? (
            <Text>{t('followup.noFindings')}</Text>
          ) : (
            <div className={styles.list}>
              {outcome.findings.map((f, i) => (
                <FindingItem key={`${f.code}-${f.sheet}-${f.cells[0] ?? i}`} finding={f} onShow={show} />
              ))}
            </div>
          )}
          <BarChart
            title={t('followup.chart')}
            mode="delta"
            lang={lang}
            items={outcome.result.lines.map((l, i) => ({
              id: `${l.unit}-${i}`,
              label: l.unit,
              value: toNumber(sub(l.used ?? l.allocated, l.allocated)),
            }))}
          />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void write()}>
              {t('followup.write')}
            </Button>
            <CopyForMemoButton lang={lang} getMemo={() => followupMemo(outcome.result, texts)} />
          </div>
          {written && (
            <MessageBar intent={written.ok ? 'success' : 'error'}>
              <MessageBarBody>{written.text}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}

const ROLES: readonly FollowupRole[] = ['allocated', 'requested', 'used', 'unused', 'transferred', 'pot'];

function parseChoice(json: string): Choice {
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
