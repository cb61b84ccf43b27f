import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, ArrowUploadRegular, CopyRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { parsePlanText } from '../../domain/plan/parsePlan';
import { type PlanJson } from '../../domain/plan/planSchema';
import { useHost } from '../HostContext';
import { copyText, downloadBlob, planFileName } from '../meeting/clipboard';
import { useSessionState } from '../SessionContext';
import { usePlanCommand } from '../steps/useStepCommand';
import { useStrings } from '../StringsContext';
import { useNyckelStyles } from './nyckelStyles';

interface FileMessage {
  readonly ok: boolean;
  readonly text: string;
  readonly details?: readonly string[];
  /** The plan as JSON, shown to copy by hand when the clipboard refused it. */
  readonly json?: string;
}

/** Add a pot, export the plan (download, or the clipboard on a Mac) and import one from a file. */
export function PlanFiles() {
  const { t } = useStrings();
  const styles = useNyckelStyles();
  const run = usePlanCommand();
  const plan = useSessionState().active.plan;
  const host = useHost();
  const fileInput = useRef<HTMLInputElement>(null);

  const { onImport, onExport, importMessage, exportMessage } = usePlanFile();

  return (
    <>
      <div className={styles.toolbar}>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            run({ name: 'addPot', args: { name: t('plan.newPotName', { n: plan.pots.length + 1 }) } })
          }
        >
          {t('plan.addPot')}
        </Button>
        <Button
          icon={host.canDownload ? <ArrowDownloadRegular /> : <CopyRegular />}
          onClick={() => void onExport()}
        >
          {t(host.canDownload ? 'plan.export' : 'plan.copy')}
        </Button>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
          {t('plan.import')}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept="application/json,.json"
          aria-label={t('plan.import')}
          data-testid="plan-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onImport(file);
            e.target.value = '';
          }}
        />
      </div>
      <FileMessageBar message={importMessage} />
      <FileMessageBar message={exportMessage} role="status" />
      {exportMessage?.json !== undefined && (
        <Field label={t('plan.jsonLabel')}>
          <Textarea readOnly value={exportMessage.json} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </>
  );
}

function FileMessageBar(props: { message: FileMessage | null; role?: 'status' }) {
  const m = props.message;
  if (!m) return null;
  const details = m.details ?? [];
  return (
    <MessageBar
      intent={m.ok ? 'success' : 'error'}
      layout="multiline"
      {...(props.role ? { role: props.role } : {})}
    >
      <MessageBarBody>
        {m.text}
        {details.length > 0 && (
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Import from a file and export to a download or the clipboard, each with the message it leaves. */
function usePlanFile() {
  const { t, lang } = useStrings();
  const run = usePlanCommand();
  const plan = useSessionState().active.plan;
  const host = useHost();
  const [importMessage, setImportMessage] = useState<FileMessage | null>(null);
  const [exportMessage, setExportMessage] = useState<FileMessage | null>(null);
  const onImport = async (file: File) => {
    const text = await file.text();
    const parsed = parsePlanText(text);
    if (parsed.ok) {
      run({ name: 'replacePlan', args: { plan: JSON.parse(text) as PlanJson } });
      setImportMessage({ ok: true, text: t('plan.imported', { name: parsed.plan.name }) });
    } else
      setImportMessage({
        ok: false,
        text: t('plan.importFailed', { file: file.name }),
        details: parsed.problems.slice(0, 5).map((p) => p.message[lang]),
      });
  };
  const onExport = async () => {
    const json = JSON.stringify(plan, null, 2) + '\n';
    if (host.canDownload) {
      downloadBlob(new Blob([json], { type: 'application/json' }), planFileName(plan.name));
      return;
    }
    // Excel for Mac ignores <a download>: the plan goes to the clipboard, or is shown to copy by hand.
    try {
      await copyText(json);
      setExportMessage({ ok: true, text: t('plan.copied') });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setExportMessage({ ok: false, text: t('plan.copyFailed', { message }), json });
    }
  };

  return { onImport, onExport, importMessage, exportMessage };
}
