import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import { useState, type Ref } from 'react';
import { type ResultRow } from '../state/resultRows';
import { useStrings } from '../StringsContext';
import { BarChart, type BarDatum } from './BarChart';

export interface PresentationChartProps {
  readonly rows: readonly ResultRow[];
  /** Offer Δ against the scenario named `compareName` (and start on it). */
  readonly withDelta: boolean;
  readonly compareName: string;
  readonly large: boolean;
  readonly svgRef: Ref<SVGSVGElement>;
  /** Id of the table with the same values. */
  readonly describedBy: string;
}

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  // Fluent sizes the tab text on an inner span: inherit the view's large type there too.
  tabs: { '& button, & .fui-Tab__content': { fontSize: 'inherit' } },
});

/** The presentation's bar chart: kronor per unit, or Δ per unit when there is a comparison (a tab switches). */
export function PresentationChart({
  rows,
  withDelta,
  compareName,
  large,
  svgRef,
  describedBy,
}: PresentationChartProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [chartMode, setChartMode] = useState<'amount' | 'delta'>(withDelta ? 'delta' : 'amount');
  const mode = withDelta ? chartMode : 'amount';
  const title =
    mode === 'delta' ? t('meeting.chart.delta', { name: compareName }) : t('meeting.chart.amounts');
  const items: BarDatum[] = rows.map((r) => ({
    id: r.unit.id,
    label: r.unit.name.trim(),
    value: mode === 'delta' ? (r.delta ?? 0) : r.total,
  }));
  return (
    <div className={styles.chart}>
      {withDelta && (
        <TabList
          className={styles.tabs}
          selectedValue={mode}
          onTabSelect={(_, d) => setChartMode(d.value === 'delta' ? 'delta' : 'amount')}
          aria-label={t('meeting.chart.view')}
          size="large"
        >
          <Tab value="delta">{t('meeting.chart.showDelta')}</Tab>
          <Tab value="amount">{t('meeting.chart.showAmounts')}</Tab>
        </TabList>
      )}
      <BarChart
        items={items}
        mode={mode}
        title={title}
        large={large}
        svgRef={svgRef}
        describedBy={describedBy}
      />
    </div>
  );
}
