import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { SelectAllOnRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type TableModel } from '../domain/table/TableModel';
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
  dropdown: { minWidth: 0, width: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Every table of the workbook: the user confirms the one to allocate and corrects what detection guessed. */
export function TableChooser() {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const { workbook, state, dispatch, findings } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const key = (tbl: Pick<TableModel, 'sheet' | 'range'>) => `${tbl.sheet}!${tbl.range}`;
  const chosen = state.source ? workbook.tables.find((f) => same(f.table, state.source!)) : undefined;

  const choose = (value: string) => {
    const found = workbook.tables.find((f) => key(f.table) === value);
    if (found)
      dispatch({
        type: 'select-source',
        source: {
          sheet: found.table.sheet,
          range: found.table.range,
          ...(found.fromSelection ? { fromSelection: true } : {}),
        },
      });
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
      {workbook.loading ? (
        <Spinner size="tiny" label={t('underlag.loading')} />
      ) : workbook.tables.length === 0 ? (
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
  const unit = table.columns.find((c) => c.role === 'unit');
  const rows = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])].sort((a, b) => a.row - b.row);
  const totalValue = source.totalRow === undefined ? (table.totalRow?.row ?? null) : source.totalRow;
  const rowText = (row: number | null) =>
    row === null
      ? t('tables.totalRow.none')
      : t('tables.totalRow.row', {
          row: row + 1,
          label: rows.find((r) => r.row === row)?.label.trim() || '–',
        });
  return (
    <div className={styles.corrections} role="group" aria-labelledby="corrections-heading">
      <h3 className={styles.title} id="corrections-heading">
        {t('tables.corrections')}
      </h3>
      {unit && <Caption1>{t('tables.unitColumn', { letter: unit.letter, header: unit.header })}</Caption1>}
      {table.columns
        .filter((c) => c.role !== 'unit' && c.role !== 'code')
        .map((c) => {
          const role = source.roles?.[c.letter] ?? (ROLES.includes(c.role as never) ? c.role : 'other');
          return (
            <Field key={c.letter} label={t('tables.role', { letter: c.letter, header: c.header || '–' })}>
              <Dropdown
                className={styles.dropdown}
                value={t(`tables.role.${role as (typeof ROLES)[number]}`)}
                selectedOptions={[role]}
                onOptionSelect={(_, data) =>
                  props.onPatch({
                    roles: { ...source.roles, [c.letter]: data.optionValue as (typeof ROLES)[number] },
                  })
                }
              >
                {ROLES.map((r) => (
                  <Option key={r} value={r}>
                    {t(`tables.role.${r}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      <Field label={t('tables.totalRow')}>
        <Dropdown
          className={styles.dropdown}
          value={rowText(totalValue)}
          selectedOptions={[String(totalValue)]}
          onOptionSelect={(_, data) =>
            props.onPatch({ totalRow: data.optionValue === 'null' ? null : Number(data.optionValue) })
          }
        >
          <Option value="null">{t('tables.totalRow.none')}</Option>
          {rows.slice(-5).map((r) => (
            <Option key={r.row} value={String(r.row)}>
              {rowText(r.row)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1>{t('tables.findings', { count: props.findingsCount })}</Caption1>
    </div>
  );
}
