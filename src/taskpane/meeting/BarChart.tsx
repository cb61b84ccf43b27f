import { makeStyles } from '@fluentui/react-components';
import { useId, useRef, type Ref } from 'react';
import { formatNumber } from '../../i18n/formatNumber';
import { useStrings } from '../StringsContext';
import { layOut, valueText, type BarDatum, type BarLayout } from './barLayout';
import { useContainerWidth } from './useContainerWidth';

export { type BarDatum } from './barLayout';

export interface BarChartProps {
  readonly items: readonly BarDatum[];
  /** 'amount': kr per unit from 0; 'delta': differences around 0, colored and signed (+/−). */
  readonly mode: 'amount' | 'delta';
  /** What the chart shows, for its accessible summary (e.g. "Kronor per mottagare"). */
  readonly title: string;
  /** Large type for a projector. */
  readonly large?: boolean;
  /** The <svg>, for "Spara som bild". */
  readonly svgRef?: Ref<SVGSVGElement>;
  /** Id of a visible table with the same values; when absent the chart carries a visually hidden one. */
  readonly describedBy?: string;
}

/** Bar colors with ≥ 4.5:1 against white, so they also pass as text color; the sign is also written out. */
export const BAR_COLORS = { amount: '#0F548C', up: '#0F548C', down: '#A4262C' } as const;

const FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, Roboto, 'Helvetica Neue', sans-serif";

const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/**
 * A horizontal bar chart in plain SVG, sorted by value, sized to its container's width (text keeps its size;
 * the bars stretch). Accessible as one image with a summary, described by a table of the same values.
 */
export function BarChart({ items, mode, title, large, svgRef, describedBy }: BarChartProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(wrapper);
  const tableId = useId();
  const layout = layOut({ items, mode, large }, width);
  const sorted = layout.sorted;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const summary =
    first === undefined || last === undefined
      ? t('meeting.chart.empty')
      : t('meeting.chart.summary', {
          title,
          count: sorted.length,
          maxName: first.label,
          max: valueText(first.value, mode),
          minName: last.label,
          min: valueText(last.value, mode),
        });
  return (
    <div ref={wrapper} className={styles.root}>
      <svg
        ref={svgRef}
        className={styles.svg}
        role="img"
        aria-label={summary}
        aria-describedby={describedBy ?? tableId}
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        fontFamily={FONT_FAMILY}
        fontSize={layout.font}
        data-testid="bar-chart"
      >
        <Ticks layout={layout} />
        {sorted.map((d, i) => (
          <Bar key={d.id} datum={d} index={i} layout={layout} mode={mode} width={width} />
        ))}
        {mode === 'delta' && (
          <line
            x1={layout.scale(0)}
            x2={layout.scale(0)}
            y1={layout.axisY}
            y2={layout.height}
            stroke="currentColor"
            strokeWidth={2}
          />
        )}
      </svg>
      {describedBy === undefined && (
        <table id={tableId} className={styles.hidden}>
          <caption>{title}</caption>
          <tbody>
            {sorted.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                <td>{valueText(d.value, mode)} kr</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Ticks({ layout }: { layout: BarLayout }) {
  return layout.ticks.map((tick) => (
    <g key={tick.value}>
      <line x1={tick.x} x2={tick.x} y1={layout.axisY} y2={layout.height} stroke="#8A8A8A" strokeWidth={1} />
      <text x={tick.x} y={layout.axisY - layout.font * 0.4} textAnchor="middle" fill="currentColor">
        {formatNumber(tick.value)}
      </text>
    </g>
  ));
}

function Bar(props: {
  datum: BarDatum;
  index: number;
  layout: BarLayout;
  mode: 'amount' | 'delta';
  width: number;
}) {
  const { datum: d, layout, mode } = props;
  const y = layout.top + props.index * layout.row;
  const x0 = layout.scale(0);
  const x1 = layout.scale(d.value);
  const color = mode === 'amount' ? BAR_COLORS.amount : d.value < 0 ? BAR_COLORS.down : BAR_COLORS.up;
  return (
    <g data-value={d.value}>
      <text
        x={layout.labelW - 6}
        y={y + layout.row / 2}
        dominantBaseline="central"
        textAnchor="end"
        fill="currentColor"
      >
        {d.label}
      </text>
      <rect
        x={Math.min(x0, x1)}
        y={y + layout.row * 0.15}
        width={Math.max(Math.abs(x1 - x0), d.value === 0 ? 0 : 1)}
        height={layout.row * 0.7}
        fill={color}
      />
      <text
        x={props.width}
        y={y + layout.row / 2}
        dominantBaseline="central"
        textAnchor="end"
        fill="currentColor"
      >
        {valueText(d.value, mode)}
      </text>
    </g>
  );
}
