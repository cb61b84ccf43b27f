import { makeStyles } from '@fluentui/react-components';
import { useId, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { formatNumber } from '../../i18n/formatNumber';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';

/** One bar: a unit and its value in kronor (an amount, or a difference). */
export interface BarDatum {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

export interface BarChartProps {
  readonly items: readonly BarDatum[];
  /** 'amount': kr per unit from 0; 'delta': differences around 0, colored and signed (+/−). */
  readonly mode: 'amount' | 'delta';
  /** What the chart shows, for its accessible summary (e.g. "Kronor per mottagare"). */
  readonly title: string;
  readonly lang: Lang;
  /** Large type for a projector. */
  readonly large?: boolean;
  /** The <svg>, for "Spara som bild". */
  readonly svgRef?: Ref<SVGSVGElement>;
  /** Id of a visible table with the same values; when absent the chart carries a visually hidden one. */
  readonly describedBy?: string;
}

/** Bar colors with ≥ 4.5:1 against white, so they also pass as text color; the sign is also written out. */
export const BAR_COLORS = { amount: '#0F548C', up: '#0F548C', down: '#A4262C' } as const;

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
export function BarChart(props: BarChartProps) {
  const styles = useStyles();
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(wrapper);
  const tableId = useId();
  const layout = layOut(props, width);
  const sorted = layout.sorted;
  const describedBy = props.describedBy ?? tableId;
  const summary =
    sorted.length === 0
      ? t(props.lang, 'meeting.chart.empty')
      : t(props.lang, 'meeting.chart.summary', {
          title: props.title,
          count: sorted.length,
          maxName: sorted[0].label,
          max: valueText(sorted[0].value, props.mode),
          minName: sorted[sorted.length - 1].label,
          min: valueText(sorted[sorted.length - 1].value, props.mode),
        });
  return (
    <div ref={wrapper} className={styles.root}>
      <svg
        ref={props.svgRef}
        className={styles.svg}
        role="img"
        aria-label={summary}
        aria-describedby={describedBy}
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        fontFamily="'Segoe UI', 'Segoe UI Web (West European)', -apple-system, Roboto, 'Helvetica Neue', sans-serif"
        fontSize={layout.font}
        data-testid="bar-chart"
      >
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.axisY}
              y2={layout.height}
              stroke="#8A8A8A"
              strokeWidth={1}
            />
            <text x={tick.x} y={layout.axisY - layout.font * 0.4} textAnchor="middle" fill="currentColor">
              {formatNumber(tick.value)}
            </text>
          </g>
        ))}
        {sorted.map((d, i) => {
          const y = layout.top + i * layout.row;
          const x0 = layout.scale(0);
          const x1 = layout.scale(d.value);
          const color =
            props.mode === 'amount' ? BAR_COLORS.amount : d.value < 0 ? BAR_COLORS.down : BAR_COLORS.up;
          return (
            <g key={d.id} data-value={d.value}>
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
                x={width}
                y={y + layout.row / 2}
                dominantBaseline="central"
                textAnchor="end"
                fill="currentColor"
              >
                {valueText(d.value, props.mode)}
              </text>
            </g>
          );
        })}
        {props.mode === 'delta' && (
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
      {props.describedBy === undefined && (
        <table id={tableId} className={styles.hidden}>
          <caption>{props.title}</caption>
          <tbody>
            {sorted.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                <td>{valueText(d.value, props.mode)} kr</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** "1 234 567" for amounts, "+1 234" / "−1 234" / "±0" for differences (the sign never by color alone). */
export function valueText(value: number, mode: 'amount' | 'delta'): string {
  const text = formatNumber(value);
  if (mode === 'amount') return text;
  if (value > 0) return `+${text}`;
  return value === 0 ? '±0' : text;
}

/** Positions in px for the given width; pure, so the chart can be tested without layout. */
export function layOut(props: Pick<BarChartProps, 'items' | 'mode' | 'large'>, width: number) {
  const sorted = [...props.items].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'sv'));
  const font = props.large ? 24 : 12;
  // Large rows a little tighter, so a län's bars fit a 1080p screen beside its table.
  const row = Math.round(font * (props.large ? 1.5 : 1.7));
  const charW = font * 0.58;
  const longestLabel = Math.max(4, ...sorted.map((d) => d.label.length));
  const longestValue = Math.max(2, ...sorted.map((d) => valueText(d.value, props.mode).length));
  const labelW = Math.min(Math.round(width * 0.35), Math.ceil(longestLabel * charW) + 10);
  const valueW = Math.ceil(longestValue * charW) + 12;
  const axisY = font * 1.4;
  const top = axisY + font * 0.4;
  const plotLeft = labelW;
  const plotRight = Math.max(plotLeft + 20, width - valueW);
  const values = sorted.map((d) => d.value);
  const lo = props.mode === 'delta' ? Math.min(0, ...values) : 0;
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const scale = (v: number) => plotLeft + ((v - lo) / span) * (plotRight - plotLeft);
  const tickCount = Math.max(2, Math.min(5, Math.floor((plotRight - plotLeft) / (font * 9))));
  const ticks = niceTicks(lo, hi, tickCount).map((value) => ({ value, x: scale(value) }));
  return {
    sorted,
    font,
    row,
    labelW,
    axisY,
    top,
    scale,
    ticks,
    height: Math.ceil(top + sorted.length * row + 4),
  };
}

/** Round tick values (1, 2 or 5 × 10^n kr apart, at least 1 kr) inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (hi === lo) return [lo];
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // Whole kronor at least: öre ticks would print as duplicate rounded labels.
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Math.round(v));
  return ticks;
}

function useContainerWidth(ref: { readonly current: HTMLElement | null }): number {
  const [width, setWidth] = useState(560);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    // jsdom and very old hosts have no ResizeObserver: keep the first measure (or the default) there.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
