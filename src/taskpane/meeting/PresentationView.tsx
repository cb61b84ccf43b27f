import { Button, makeStyles, mergeClasses } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { type Allocation } from '../../domain/allocation/Allocation';
import { type UnitDiff } from '../../domain/allocation/diffAllocations';
import { buildMemoTable, type MemoTableInput } from '../../output/memoTable';
import { amountDecimals, resultRows, resultSumRow } from '../state/resultRows';
import { useStrings } from '../StringsContext';
import { CopyForMemoButton, SaveChartImageButton } from './CopyForMemoButton';
import { PresentationChart } from './PresentationChart';
import { PresentationTable } from './PresentationTable';
import { PROJECTOR } from './projectorPalette';
import { useIsWide } from './useIsWide';

export interface PresentationViewProps {
  /** The active scenario's result. */
  readonly allocation: Allocation;
  /** Δ per unit against the other scenario (allocation − compare), as the session derived it; no Δ without it. */
  readonly diff?: readonly UnitDiff[] | undefined;
  /** Name of the other scenario for "Skillnad mot …" (default "B"/"A" is the caller's). */
  readonly compareName?: string | undefined;
  /** describePlanSentence of the active plan: the headline. */
  readonly planSentence: string;
  readonly onExit: () => void;
  /** The what-if panel (or anything else) shown above the table, in the view's type size. */
  readonly whatIf?: ReactNode;
  /** Key, source and date for "Kopiera för beslutsunderlag"; the button is hidden without it. */
  readonly memo?: Omit<MemoTableInput, 'allocation'>;
  /** Called with the copied memo (the preview exposes it to tests). */
  readonly onMemoCopied?: ((memo: { readonly html: string; readonly tsv: string }) => void) | undefined;
  /** Cover the whole window (default) or flow inside the parent. */
  readonly fullWindow?: boolean;
  /** False where `<a download>` does nothing (Excel for Mac): the chart is copied instead of saved. */
  readonly canDownload?: boolean;
  /** Shown above the table, beside the headline's tools (the presentation window's scenario switch). */
  readonly extraTools?: ReactNode;
}

const useStyles = makeStyles({
  root: {
    backgroundColor: PROJECTOR.paper,
    color: PROJECTOR.ink,
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
  big: {
    fontSize: '24px',
    minHeight: '56px',
    paddingLeft: '20px',
    paddingRight: '20px',
    color: PROJECTOR.ink,
  },
  body: { display: 'flex', flexDirection: 'column', gap: '24px' },
  bodyWide: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', alignItems: 'start' },
});

/**
 * Presentation mode for a projected meeting: the plan in one sentence, the table (amount and Δ vs the other
 * scenario per unit, signed) beside a bar chart, in large type and black on white. Esc exits.
 */
export function PresentationView(props: PresentationViewProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const { allocation, diff, onExit } = props;
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const tableId = useId();
  const wide = useIsWide(root);
  useEffect(() => heading.current?.focus(), []);
  useEscape(onExit);
  const rows = useMemo(() => resultRows(allocation, diff), [allocation, diff]);
  const sum = useMemo(() => resultSumRow(rows, allocation.pots.length), [rows, allocation]);
  const compareName = props.compareName ?? '';
  const withDelta = diff !== undefined;
  return (
    <div
      ref={root}
      className={mergeClasses(styles.root, props.fullWindow !== false && styles.fixed, wide && styles.wide)}
      role="region"
      aria-label={t('meeting.present')}
      data-testid="presentation-view"
    >
      <div className={styles.top}>
        <div>
          <h2
            ref={heading}
            tabIndex={-1}
            className={mergeClasses(styles.headline, wide && styles.headlineWide)}
          >
            {props.planSentence}
          </h2>
          <p className={styles.planName}>{allocation.planName}</p>
        </div>
        <PresentationTools {...props} wide={wide} svg={svg} bigClass={styles.big} toolsClass={styles.tools} />
      </div>
      {props.whatIf}
      <div className={mergeClasses(styles.body, wide && styles.bodyWide)}>
        <PresentationTable
          id={tableId}
          rows={rows}
          sum={sum}
          decimals={amountDecimals(allocation)}
          withDelta={withDelta}
          compareName={compareName}
        />
        <PresentationChart
          rows={rows}
          withDelta={withDelta}
          compareName={compareName}
          large={wide}
          svgRef={svg}
          describedBy={tableId}
        />
      </div>
    </div>
  );
}

/** Copy for memo, save the chart, the caller's extra tools and "Avsluta". */
function PresentationTools(
  props: PresentationViewProps & {
    readonly wide: boolean;
    readonly svg: RefObject<SVGSVGElement | null>;
    readonly bigClass: string;
    readonly toolsClass: string;
  },
) {
  const { t, lang } = useStrings();
  const { memo, allocation, wide, svg } = props;
  return (
    <div className={props.toolsClass}>
      {memo && (
        <CopyForMemoButton
          large={wide}
          getMemo={() => buildMemoTable({ ...memo, allocation }, lang)}
          onCopied={props.onMemoCopied}
        />
      )}
      <SaveChartImageButton
        large={wide}
        getSvg={() => svg.current}
        fileName="lansnyckel-diagram.png"
        canDownload={props.canDownload ?? true}
      />
      {props.extraTools}
      <Button
        icon={<DismissRegular />}
        onClick={props.onExit}
        className={wide ? props.bigClass : undefined}
        title={t('meeting.exitHint')}
      >
        {t('meeting.exit')}
      </Button>
    </div>
  );
}

/** Esc anywhere in the document leaves the presentation. */
function useEscape(onExit: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);
}
