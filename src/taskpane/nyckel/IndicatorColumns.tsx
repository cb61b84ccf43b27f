import { useSessionDispatch, useSessionState } from '../SessionContext';
import { LabeledDropdown } from '../LabeledDropdown';
import { useStrings } from '../StringsContext';
import { useNyckelStyles } from './nyckelStyles';

/** Per plan indicator: the table column it is read from, or the reference population. */
export function IndicatorColumns() {
  const { t } = useStrings();
  const styles = useNyckelStyles();
  const { active, table, activeResult } = useSessionState();
  const dispatch = useSessionDispatch();
  const indicators = active.plan.indicators ?? [];
  if (!table || indicators.length === 0) return null;
  const columns = table.columns.filter((c) => c.role !== 'unit' && c.role !== 'code');
  return (
    <div className={styles.block} role="group" aria-labelledby="indicators-heading">
      <h3 className={styles.title} id="indicators-heading">
        {t('plan.indicators')}
      </h3>
      {indicators.map((ind) => {
        const source = activeResult.inputs?.sources.find((s) => s.indicatorId === ind.id);
        const value =
          source?.kind === 'column' ? source.letter : source?.kind === 'reference' ? '' : undefined;
        return (
          <LabeledDropdown
            key={ind.id}
            label={t('plan.indicatorColumn', { name: ind.name })}
            choices={[
              ...columns.map((c) => ({ value: c.letter, text: `${c.letter}: ${c.header}` })),
              { value: '', text: t('plan.reference') },
            ]}
            value={value}
            onSelect={(letter) => dispatch({ type: 'set-indicator-column', indicator: ind.id, letter })}
          />
        );
      })}
    </div>
  );
}
