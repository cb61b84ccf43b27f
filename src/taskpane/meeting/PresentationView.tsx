import { Button, makeStyles, mergeClasses, Tab, TabList } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { type Allocation } from '../../domain/allocation/Allocation';
import { diffAllocations } from '../../domain/allocation/diffAllocations';
import { sign } from '../../domain/money/arithmetic';
import { type Rational } from '../../domain/money/Rational';
import { formatNumber } from '../../i18n/formatNumber';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { memoNumberText } from '../../output/memoNumberText';
import { buildMemoTable, type MemoTableInput } from '../../output/memoTable';
import { amountDecimals, resultRows, resultSumRow } from '../state/resultRows';
import { BarChart, type BarDatum } from './BarChart';
import { CopyForMemoButton, SaveChartImageButton } from './CopyForMemoButton';

export interface PresentationViewProps {
  /** The active scenario's result. */
  readonly allocation: Allocation;
  /** The other scenario: Δ per unit = allocation − compare. */
  readonly compare?: Allocation;
  /** Name of the other scenario for "Skillnad mot …" (default "B"/"A" is the caller's). */
  readonly compareName?: string;
  /** describePlanSentence of the active plan: the headline. */
  readonly planSentence: string;
  readonly lang: Lang;
  readonly onExit: () => void;
  /** The what-if panel (or anything else) shown above the table, in the view's type size. */
  readonly whatIf?: ReactNode;
  /** Key, source and date for "Kopiera för beslutsunderlag"; the button is hidden without it. */
  readonly memo?: Omit<MemoTableInput, 'allocation'>;
  /** Called with the copied memo (the preview exposes it to tests). */
  readonly onMemoCopied?: (memo: { readonly html: string; readonly tsv: string }) => void;
  /** Cover the whole window (default) or flow inside the parent. */
  readonly fullWindow?: boolean;
  /** False where `<a download>` does nothing (Excel for Mac): the chart is copied instead of saved. */
  readonly canDownload?: boolean;
  /** Shown above the table, beside the headline's tools (the presentation window's scenario switch). */
  readonly extraTools?: ReactNode;
}

/** Projector palette: black on white (21:1); signed colors ≥ 6.9:1, so text passes AAA at these sizes. */
const INK = '#000000';
const PAPER = '#FFFFFF';
const UP = '#0F548C';
const DOWN = '#A4262C';
const WIDE = 900;

const useStyles = makeStyles({
  root: {
    backgroundColor: PAPER,
    color: INK,
    boxSizing: 'border-box',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: '16px',
    padding: '16px',
    fontSize: '20px',
    lineHeight: 1.35,
  },
  fixed: { position: 'fixed', inset: 0, zIndex: 1000 },
  // 24 px body: readable at 4 m on 1080p, and a Län's table with its sum row fits the screen.
  wide: { fontSize: '24px', padding: '20px 40px', gap: '16px' },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: '16px',
    flexWrap: 'wrap',
  },
  headline: {
    margin: 0,
    fontSize: '30px',
    lineHeight: 1.2,
    fontWeight: 700,
    outlineStyle: 'none',
    flex: '1 1 20ch',
  },
  headlineWide: { fontSize: '44px' },
  planName: { margin: '4px 0 0', fontSize: '0.8em', color: '#1F1F1F' },
  tools: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start' },
  big: { fontSize: '24px', minHeight: '56px', paddingLeft: '20px', paddingRight: '20px', color: INK },
  body: { display: 'flex', flexDirection: 'column', gap: '24px' },
  bodyWide: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', alignItems: 'start' },
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums', lineHeight: 1.25 },
  caption: { textAlign: 'left', fontWeight: 700, paddingBottom: '8px' },
  th: { textAlign: 'left', borderBottom: `3px solid ${INK}`, padding: '4px 10px' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', padding: '3px 10px' },
  name: { textAlign: 'left', fontWeight: 400, padding: '3px 10px' },
  row: { borderBottom: `1px solid #6E6E6E` },
  foot: { fontWeight: 700, borderTop: `3px solid ${INK}` },
  sumLabel: { fontWeight: 700 },
  up: { color: UP, fontWeight: 600 },
  down: { color: DOWN, fontWeight: 600 },
  chart: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  // Fluent sizes the tab text on an inner span: inherit the view's large type there too.
  tabs: { '& button, & .fui-Tab__content': { fontSize: 'inherit' } },
});

/**
 * Presentation mode for a projected meeting: the plan in one sentence, the table (amount and Δ vs the other
 * scenario per unit, signed) beside a bar chart, in large type and black on white. Esc exits.
 */
export function PresentationView(props: PresentationViewProps) {
  const styles = useStyles();
  const { lang, allocation, compare } = props;
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const tableId = useId();
  const wide = useIsWide(root);
  const [chartMode, setChartMode] = useState<'amount' | 'delta'>(compare ? 'delta' : 'amount');
  const mode = compare ? chartMode : 'amount';
  const onExit = props.onExit;

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);

  const rows = useMemo(
    () => resultRows(allocation, compare ? diffAllocations(compare, allocation) : undefined),
    [allocation, compare],
  );
  const sum = useMemo(() => resultSumRow(rows, allocation.pots.length), [rows, allocation]);
  const decimals = amountDecimals(allocation);
  const compareName = props.compareName ?? '';
  const chartTitle =
    mode === 'delta'
      ? t(lang, 'meeting.chart.delta', { name: compareName })
      : t(lang, 'meeting.chart.amounts');
  const items: BarDatum[] = rows.map((r) => ({
    id: r.unit.id,
    label: r.unit.name.trim(),
    value: mode === 'delta' ? (r.delta ?? 0) : r.total,
  }));
  const memo = props.memo;

  return (
    <div
      ref={root}
      className={[styles.root, props.fullWindow === false ? '' : styles.fixed, wide ? styles.wide : ''].join(
        ' ',
      )}
      role="region"
      aria-label={t(lang, 'meeting.present')}
      data-testid="presentation-view"
    >
      <div className={styles.top}>
        <div>
          <h2
            ref={heading}
            tabIndex={-1}
            className={[styles.headline, wide ? styles.headlineWide : ''].join(' ')}
          >
            {props.planSentence}
          </h2>
          <p className={styles.planName}>{allocation.planName}</p>
        </div>
        <div className={styles.tools}>
          {memo && (
            <CopyForMemoButton
              lang={lang}
              large={wide}
              getMemo={() => buildMemoTable({ ...memo, allocation }, lang)}
              onCopied={props.onMemoCopied}
            />
          )}
          <SaveChartImageButton
            lang={lang}
            large={wide}
            getSvg={() => svg.current}
            fileName="lansnyckel-diagram.png"
            canDownload={props.canDownload ?? true}
          />
          {props.extraTools}
          <Button
            icon={<DismissRegular />}
            onClick={onExit}
            className={wide ? styles.big : undefined}
            title={t(lang, 'meeting.exitHint')}
          >
            {t(lang, 'meeting.exit')}
          </Button>
        </div>
      </div>
      {props.whatIf}
      <div className={[styles.body, wide ? styles.bodyWide : ''].join(' ')}>
        <table id={tableId} className={styles.table} data-testid="presentation-table">
          <caption className={styles.caption}>
            {compare ? t(lang, 'meeting.compareWith', { name: compareName }) : t(lang, 'meeting.table')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {t(lang, 'meeting.col.name')}
              </th>
              <th scope="col" className={`${styles.th} ${styles.num}`}>
                {t(lang, 'meeting.col.amount')}
              </th>
              {compare && (
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {t(lang, 'meeting.col.delta')}
                </th>
              )}
              {compare && (
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {t(lang, 'meeting.col.deltaPercent')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unit.id} className={styles.row}>
                <th scope="row" className={styles.name}>
                  {r.unit.name.trim()}
                </th>
                <td className={styles.num}>{memoNumberText(r.exact.total, decimals)}</td>
                {compare && (
                  <DeltaCell
                    value={r.exact.delta}
                    decimals={decimals}
                    className={signClass(r.delta, styles)}
                    numClass={styles.num}
                  />
                )}
                {compare && (
                  <td className={`${styles.num} ${signClass(r.deltaPercent, styles)}`}>
                    {r.deltaPercent === undefined ? '–' : percentText(r.deltaPercent)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={styles.foot}>
              <th scope="row" className={mergeClasses(styles.name, styles.sumLabel)}>
                {t(lang, 'meeting.sum')}
              </th>
              <td className={styles.num} data-testid="presentation-total">
                {memoNumberText(sum.total, decimals)}
              </td>
              {compare && (
                <DeltaCell
                  value={sum.delta}
                  decimals={decimals}
                  className={signClass(sum.delta && sign(sum.delta), styles)}
                  numClass={styles.num}
                />
              )}
              {compare && <td className={styles.num} />}
            </tr>
          </tfoot>
        </table>
        <div className={styles.chart}>
          {compare && (
            <TabList
              className={styles.tabs}
              selectedValue={mode}
              onTabSelect={(_, d) => setChartMode(d.value === 'delta' ? 'delta' : 'amount')}
              aria-label={t(lang, 'meeting.chart.view')}
              size="large"
            >
              <Tab value="delta">{t(lang, 'meeting.chart.showDelta')}</Tab>
              <Tab value="amount">{t(lang, 'meeting.chart.showAmounts')}</Tab>
            </TabList>
          )}
          <BarChart
            items={items}
            mode={mode}
            title={chartTitle}
            lang={lang}
            large={wide}
            svgRef={svg}
            describedBy={tableId}
          />
        </div>
      </div>
    </div>
  );
}

function DeltaCell(props: { value?: Rational; decimals: number; className: string; numClass: string }) {
  return (
    <td className={`${props.numClass} ${props.className}`}>
      {props.value === undefined ? '–' : deltaText(props.value, props.decimals)}
    </td>
  );
}

/** "+1 234" / "−1 234" / "±0", exact (the sign never by color alone). */
function deltaText(value: Rational, decimals: number): string {
  const s = sign(value);
  const text = memoNumberText(value, decimals);
  return s > 0 ? `+${text}` : s === 0 ? '±0' : text;
}

function percentText(p: number): string {
  const text = formatNumber(p, 1);
  return p > 0 && text !== '0,0' ? `+${text}` : text;
}

function signClass(value: number | undefined, styles: ReturnType<typeof useStyles>): string {
  if (value === undefined || value === 0) return '';
  return value > 0 ? styles.up : styles.down;
}

function useIsWide(ref: { readonly current: HTMLElement | null }): boolean {
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWide(el.getBoundingClientRect().width >= WIDE);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}
