import { formatNumber } from '../../i18n/formatNumber';

/** One bar: a unit and its value in kronor (an amount, or a difference). */
export interface BarDatum {
  readonly id: string;
  readonly label: string;
  readonly value: number;
}

/** What the layout depends on: the bars, amounts from 0 or differences around 0, and projector type. */
export interface BarLayoutInput {
  readonly items: readonly BarDatum[];
  readonly mode: 'amount' | 'delta';
  readonly large?: boolean | undefined;
}

/** Positions of a laid-out chart, in px. */
export interface BarLayout {
  readonly sorted: readonly BarDatum[];
  readonly font: number;
  readonly row: number;
  readonly labelW: number;
  readonly axisY: number;
  readonly top: number;
  readonly scale: (value: number) => number;
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  readonly height: number;
}

/** "1 234 567" for amounts, "+1 234" / "−1 234" / "±0" for differences (the sign never by color alone). */
export function valueText(value: number, mode: 'amount' | 'delta'): string {
  const text = formatNumber(value);
  if (mode === 'amount') return text;
  if (value > 0) return `+${text}`;
  return value === 0 ? '±0' : text;
}

/** Positions in px for the given width; pure, so the chart can be tested without layout. */
export function layOut(input: BarLayoutInput, width: number): BarLayout {
  const sorted = [...input.items].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'sv'));
  const font = input.large ? 24 : 12;
  // Large rows a little tighter, so a län's bars fit a 1080p screen beside its table.
  const row = Math.round(font * (input.large ? 1.5 : 1.7));
  const charW = font * 0.58;
  const longestLabel = Math.max(4, ...sorted.map((d) => d.label.length));
  const longestValue = Math.max(2, ...sorted.map((d) => valueText(d.value, input.mode).length));
  const labelW = Math.min(Math.round(width * 0.35), Math.ceil(longestLabel * charW) + 10);
  const valueW = Math.ceil(longestValue * charW) + 12;
  const axisY = font * 1.4;
  const top = axisY + font * 0.4;
  const plotLeft = labelW;
  const plotRight = Math.max(plotLeft + 20, width - valueW);
  const values = sorted.map((d) => d.value);
  const lo = input.mode === 'delta' ? Math.min(0, ...values) : 0;
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
