import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular, ImageRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useStrings } from '../StringsContext';
import { blobToDataUrl, copyHtmlAndText, copyPng, downloadBlob, svgToPng } from './clipboard';

export interface CopyForMemoButtonProps {
  /** Builds the memo table when clicked (buildMemoTable from src/output), so it is always current. */
  readonly getMemo: () => { readonly html: string; readonly tsv: string };
  /** Large type for presentation mode. */
  readonly large?: boolean;
  /** Called after a copy with what was copied (tests and the preview's page hook read it). */
  readonly onCopied?: ((memo: { readonly html: string; readonly tsv: string }) => void) | undefined;
}

type Status = { readonly intent: 'success' | 'error'; readonly text: string } | undefined;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  large: { fontSize: '24px', minHeight: '56px', paddingLeft: '20px', paddingRight: '20px' },
});

/** "Kopiera för beslutsunderlag": the table as HTML (Word) and TSV (Excel) on the clipboard, with a confirmation. */
export function CopyForMemoButton(props: CopyForMemoButtonProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>();
  const copy = async () => {
    const memo = props.getMemo();
    try {
      await copyHtmlAndText(memo.html, memo.tsv);
      setStatus({ intent: 'success', text: t('meeting.copied') });
      props.onCopied?.(memo);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ intent: 'error', text: t('meeting.copyFailed', { message }) });
    }
  };
  return (
    <div className={styles.root}>
      <Button
        icon={<CopyRegular />}
        onClick={() => void copy()}
        className={props.large ? styles.large : undefined}
      >
        {t('meeting.copy')}
      </Button>
      <StatusBar status={status} />
    </div>
  );
}

export interface SaveChartImageButtonProps {
  readonly getSvg: () => SVGSVGElement | null;
  readonly fileName: string;
  readonly large?: boolean;
  /**
   * False where `<a download>` does nothing (Excel for Mac): the button copies the PNG to the clipboard instead,
   * or, where the clipboard takes no image, shows it as a data URL to copy.
   */
  readonly canDownload?: boolean;
}

/**
 * "Spara diagrammet som bild": the chart's SVG drawn on a canvas and downloaded as PNG (no network); on a host that
 * cannot download, "Kopiera diagrammet som bild".
 */
export function SaveChartImageButton(props: SaveChartImageButtonProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [status, setStatus] = useState<Status>();
  const [dataUrl, setDataUrl] = useState<string>();
  const canDownload = props.canDownload ?? true;
  const save = async () => {
    const svg = props.getSvg();
    if (!svg) {
      setStatus({ intent: 'error', text: t('meeting.imageFailed', { message: t('meeting.chart.empty') }) });
      return;
    }
    try {
      const png = await svgToPng(svg);
      if (canDownload) {
        downloadBlob(png, props.fileName);
        setStatus({ intent: 'success', text: t('meeting.imageSaved', { file: props.fileName }) });
      } else if (await copyPng(png)) {
        setDataUrl(undefined);
        setStatus({ intent: 'success', text: t('meeting.imageCopied') });
      } else {
        setDataUrl(await blobToDataUrl(png));
        setStatus({ intent: 'success', text: t('meeting.imageAsDataUrl') });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ intent: 'error', text: t('meeting.imageFailed', { message }) });
    }
  };
  return (
    <div className={styles.root}>
      <Button
        icon={<ImageRegular />}
        onClick={() => void save()}
        className={props.large ? styles.large : undefined}
      >
        {t(canDownload ? 'meeting.saveImage' : 'meeting.copyImage')}
      </Button>
      <StatusBar status={status} />
      {dataUrl !== undefined && (
        <Field label={t('meeting.imageDataUrlLabel')}>
          <Textarea readOnly value={dataUrl} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
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
