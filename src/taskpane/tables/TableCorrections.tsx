import { Caption1 } from '@fluentui/react-components';
import { type TableModel } from '../../domain/table/TableModel';
import { LabeledDropdown } from '../LabeledDropdown';
import { type ColumnRole, type SourceSelection } from '../state/sessionReducer';
import { useStrings } from '../StringsContext';
import { useTableStyles } from './tableStyles';

const ROLES: readonly ColumnRole[] = ['indicator', 'amount', 'total', 'other'];

const isRole = (role: string): role is ColumnRole => ROLES.some((r) => r === role);

/** What the user corrects of a detected table: the unit column, each column's role and the total row. */
export function TableCorrections(props: {
  table: TableModel;
  source: SourceSelection;
  findingsCount: number;
  onPatch: (patch: Partial<SourceSelection>) => void;
  onRole: (letter: string, role: ColumnRole) => void;
}) {
  const { t } = useStrings();
  const styles = useTableStyles();
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
            value={source.roles?.[c.letter] ?? (isRole(c.role) ? c.role : 'other')}
            onSelect={(role) => props.onRole(c.letter, role)}
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
