import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { SelectAllOnRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type TableModel } from '../domain/table/TableModel';
import { LabeledDropdown } from './LabeledDropdown';
import { useSession } from './SessionContext';
import { type SourceSelection } from './state/sessionReducer';
import { useStrings } from './StringsContext';
import { same } from './useWorkbookTables';

const ROLES = ['indicator', 'amount', 'total', 'other'] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    margin: 0,
  },
  corrections: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  progress: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Every table of the workbook: the user confirms the one to allocate and corrects what detection guessed.
 * `onShow` selects a chosen table in the workbook, so the user sees which one the pane means.
 */
export function TableChooser({ onShow }: { onShow?: (target: { sheet: string; address: string }) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { workbook, state, dispatch, findings } = useSession();
  const { error, skipped } = workbook;
  const [message, setMessage] = useState<string | null>(null);
  const key = (tbl: Pick<TableModel, 'sheet' | 'range'>) => `${tbl.sheet}!${tbl.range}`;
  const chosen = state.source ? workbook.tables.find((f) => same(f.table, state.source!)) : undefined;

  const choose = (value: string) => {
    const found = workbook.tables.find((f) => key(f.table) === value);
    if (!found) return;
    dispatch({
      type: 'select-source',
      source: {
        sheet: found.table.sheet,
        range: found.table.range,
        ...(found.fromSelection ? { fromSelection: true } : {}),
      },
    });
    onShow?.({ sheet: found.table.sheet, address: found.table.range });
  };
  const pickSelection = async () => {
    const result = await workbook.detectSelection();
    if ('code' in result) return setMessage(t('error.port', { message: result.message[lang] }));
    const first = result.found[0];
    if (!first) return setMessage(t('tables.selectionNone', { range: result.range }));
    setMessage(null);
    dispatch({
      type: 'select-source',
      source: { sheet: first.table.sheet, range: first.table.range, fromSelection: true },
    });
  };

  return (
    <section className={styles.root} aria-labelledby="tables-heading">
      <h3 className={styles.title} id="tables-heading">
        {t('tables.heading')}
      </h3>
      {workbook.loading && (
        <div className={styles.progress}>
          <Field className={styles.progressBar} label={t('underlag.loading')} validationState="none">
            <ProgressBar value={workbook.progress} max={1} thickness="large" />
          </Field>
          <Button onClick={workbook.cancel}>{t('tables.cancel')}</Button>
        </div>
      )}
      {error && (
        <MessageBar intent={error.code === 'cancelled' ? 'info' : 'error'}>
          <MessageBarBody>
            {error.code === 'cancelled'
              ? t('tables.cancelled', { message: error.message[lang] })
              : t('error.port', { message: error.message[lang] })}
          </MessageBarBody>
        </MessageBar>
      )}
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('tables.skipped')}
            <ul>
              {skipped.map((s) => (
                <li key={s.sheet}>
                  {t('tables.skippedSheet', { sheet: s.sheet, message: s.error.message[lang] })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {workbook.loading && workbook.tables.length === 0 ? null : workbook.tables.length === 0 ? (
        <Caption1 className={styles.muted}>{t('tables.none')}</Caption1>
      ) : (
        <RadioGroup
          aria-label={t('tables.choose')}
          value={chosen ? key(chosen.table) : ''}
          onChange={(_, data) => choose(data.value)}
        >
          {workbook.tables.map((f) => (
            <Radio
              key={key(f.table)}
              value={key(f.table)}
              label={
                t('tables.option', {
                  sheet: f.table.sheet,
                  range: f.table.range,
                  units: f.table.rows.length,
                  findings: f.findings.length,
                }) + (f.fromSelection ? ` (${t('tables.fromSelection')})` : '')
              }
            />
          ))}
        </RadioGroup>
      )}
      <div>
        <Button icon={<SelectAllOnRegular />} onClick={() => void pickSelection()}>
          {t('tables.useSelection')}
        </Button>
      </div>
      {message && (
        <MessageBar intent="warning">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {chosen && state.source && (
        <Corrections
          table={chosen.table}
          source={state.source}
          findingsCount={findings.length}
          onPatch={(patch) => dispatch({ type: 'edit-source', patch })}
        />
      )}
    </section>
  );
}

function Corrections(props: {
  table: TableModel;
  source: SourceSelection;
  findingsCount: number;
  onPatch: (patch: Partial<SourceSelection>) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const { table, source } = props;
  const detectedUnit = table.columns.find((c) => c.role === 'unit');
  const unitLetter = source.unitColumn ?? detectedUnit?.letter;
  const named = (c: { letter: string; header: string }) => `${c.letter}: ${c.header || '–'}`;
  // Every row below the header can be the total row: detection may have taken it for a unit, or missed it.
  const rows = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])].sort((a, b) => a.row - b.row);
  const totalValue = source.totalRow === undefined ? (table.totalRow?.row ?? null) : source.totalRow;
  const rowText = (row: number) =>
    t('tables.totalRow.row', { row: row + 1, label: rows.find((r) => r.row === row)?.label.trim() || '–' });
  return (
    <div className={styles.corrections} role="group" aria-labelledby="corrections-heading">
      <h3 className={styles.title} id="corrections-heading">
        {t('tables.corrections')}
      </h3>
      <LabeledDropdown
        label={t('tables.unitColumn')}
        choices={table.columns
          .filter((c) => c.role !== 'code')
          .map((c) => ({ value: c.letter, text: named(c) }))}
        value={unitLetter}
        onSelect={(letter) => props.onPatch({ unitColumn: letter })}
      />
      {table.columns
        .filter((c) => c.letter !== unitLetter && c.role !== 'code')
        .map((c) => (
          <LabeledDropdown
            key={c.letter}
            label={t('tables.role', { letter: c.letter, header: c.header || '–' })}
            choices={ROLES.map((r) => ({ value: r, text: t(`tables.role.${r}`) }))}
            value={source.roles?.[c.letter] ?? (ROLES.includes(c.role as never) ? c.role : 'other')}
            onSelect={(role) =>
              props.onPatch({ roles: { ...source.roles, [c.letter]: role as (typeof ROLES)[number] } })
            }
          />
        ))}
      <LabeledDropdown
        label={t('tables.totalRow')}
        choices={[
          { value: 'null', text: t('tables.totalRow.none') },
          ...rows.map((r) => ({ value: String(r.row), text: rowText(r.row) })),
        ]}
        value={String(totalValue)}
        onSelect={(value) => props.onPatch({ totalRow: value === 'null' ? null : Number(value) })}
      />
      <Caption1>{t('tables.findings', { count: props.findingsCount })}</Caption1>
    </div>
  );
}
