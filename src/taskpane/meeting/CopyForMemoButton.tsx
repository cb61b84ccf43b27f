import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, ImageRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type Lang } from '../../i18n/Lang';
import { t } from '../../i18n/strings';
import { copyHtmlAndText, downloadSvgAsPng } from './clipboard';

export interface CopyForMemoButtonProps {
  /** Builds the memo table when clicked (buildMemoTable from src/output), so it is always current. */
  readonly getMemo: () => { readonly html: string; readonly tsv: string };
  readonly lang: Lang;
  /** Large type for presentation mode. */
  readonly large?: boolean;
  /** Called after a copy with what was copied (tests and the preview's page hook read it). */
  readonly onCopied?: (memo: { readonly html: string; readonly tsv: string }) => void;
}

type Status = { readonly intent: 'success' | 'error'; readonly text: string } | undefined;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  large: { fontSize: '24px', minHeight: '56px', paddingLeft: '20px', paddingRight: '20px' },
});

/** "Kopiera för beslutsunderlag": the table as HTML (Word) and TSV (Excel) on the clipboard, with a confirmation. */
export function CopyForMemoButton(props: CopyForMemoButtonProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>();
  const copy = async () => {
    const memo = props.getMemo();
    try {
      await copyHtmlAndText(memo.html, memo.tsv);
      setStatus({ intent: 'success', text: t(props.lang, 'meeting.copied') });
      props.onCopied?.(memo);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ intent: 'error', text: t(props.lang, 'meeting.copyFailed', { message }) });
    }
  };
  return (
    <div className={styles.root}>
      <Button
        icon={<CopyRegular />}
        onClick={() => void copy()}
        className={props.large ? styles.large : undefined}
      >
        {t(props.lang, 'meeting.copy')}
      </Button>
      <StatusBar status={status} />
    </div>
  );
}

export interface SaveChartImageButtonProps {
  readonly getSvg: () => SVGSVGElement | null;
  readonly fileName: string;
  readonly lang: Lang;
  readonly large?: boolean;
}

/** "Spara som bild": the chart's SVG drawn on a canvas and downloaded as PNG (no network). */
export function SaveChartImageButton(props: SaveChartImageButtonProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>();
  const save = async () => {
    const svg = props.getSvg();
    try {
      if (!svg) throw new Error(t(props.lang, 'meeting.chart.empty'));
      await downloadSvgAsPng(svg, props.fileName);
      setStatus({ intent: 'success', text: t(props.lang, 'meeting.imageSaved', { file: props.fileName }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ intent: 'error', text: t(props.lang, 'meeting.imageFailed', { message }) });
    }
  };
  return (
    <div className={styles.root}>
      <Button
        icon={<ImageRegular />}
        onClick={() => void save()}
        className={props.large ? styles.large : undefined}
      >
        {t(props.lang, 'meeting.saveImage')}
      </Button>
      <StatusBar status={status} />
    </div>
  );
}

function StatusBar({ status }: { status: Status }) {
  // The live region stays mounted so screen readers announce the message when it appears.
  return (
    <div role="status" aria-live="polite">
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
