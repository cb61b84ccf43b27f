import { Button, Caption1, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { SelectAllOnRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type TableModel } from '../domain/table/TableModel';
import { useSessionDispatch, useSessionState } from './SessionContext';
import { useStrings } from './StringsContext';
import { ReadStatus } from './tables/ReadStatus';
import { TableCorrections } from './tables/TableCorrections';
import { useTableStyles } from './tables/tableStyles';
import { type FoundTable, same } from './useWorkbookTables';

/**
 * Every table of the workbook: the user confirms the one to allocate and corrects what detection guessed.
 * `onShow` selects a chosen table in the workbook, so the user sees which one the pane means.
 */
export function TableChooser({ onShow }: { onShow?: (target: { sheet: string; address: string }) => void }) {
  const { t, lang } = useStrings();
  const styles = useTableStyles();
  const { workbook, state, findings } = useSessionState();
  const dispatch = useSessionDispatch();
  const [message, setMessage] = useState<string | null>(null);
  const source = state.source;
  const chosen = source ? workbook.tables.find((f) => same(f.table, source)) : undefined;

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
      <ReadStatus workbook={workbook} />
      {workbook.loading && workbook.tables.length === 0 ? null : (
        <TableOptions tables={workbook.tables} chosen={chosen} onChoose={choose} />
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
      {chosen && source && (
        <TableCorrections
          table={chosen.table}
          source={source}
          findingsCount={findings.length}
          onPatch={(patch) => dispatch({ type: 'edit-source', patch })}
          onRole={(letter, role) => dispatch({ type: 'set-column-role', letter, role })}
        />
      )}
    </section>
  );
}

const key = (tbl: Pick<TableModel, 'sheet' | 'range'>) => `${tbl.sheet}!${tbl.range}`;

/** The tables found, one radio button each (with its unit and finding counts), or a note that there are none. */
function TableOptions(props: {
  tables: readonly FoundTable[];
  chosen: FoundTable | undefined;
  onChoose: (value: string) => void;
}) {
  const { t } = useStrings();
  const styles = useTableStyles();
  if (props.tables.length === 0) return <Caption1 className={styles.muted}>{t('tables.none')}</Caption1>;
  return (
    <RadioGroup
      aria-label={t('tables.choose')}
      value={props.chosen ? key(props.chosen.table) : ''}
      onChange={(_, data) => props.onChoose(data.value)}
    >
      {props.tables.map((f) => (
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
  );
}
