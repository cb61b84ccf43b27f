import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../StringsContext';
import { type WorkbookTablesState } from '../useWorkbookTables';
import { useTableStyles } from './tableStyles';

/** How the workbook read goes: progress with a cancel button, why it stopped, and the sheets it skipped. */
export function ReadStatus(props: { workbook: WorkbookTablesState }) {
  const { t, lang } = useStrings();
  const styles = useTableStyles();
  const { error, skipped, loading } = props.workbook;
  return (
    <>
      {loading && (
        <div className={styles.progress}>
          <Field className={styles.progressBar} label={t('underlag.loading')} validationState="none">
            <ProgressBar value={props.workbook.progress} max={1} thickness="large" />
          </Field>
          <Button onClick={props.workbook.cancel}>{t('tables.cancel')}</Button>
        </div>
      )}
      {error && (
        <MessageBar intent={error.code === 'cancelled' ? 'info' : 'error'}>
          <MessageBarBody>
            {error.code === 'cancelled'
              ? t('tables.cancelled', { message: error.message[lang] })
              : t('error.port', { message: error.message[lang] })}
          </MessageBarBody>
        </MessageBar>
      )}
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('tables.skipped')}
            <ul>
              {skipped.map((s) => (
                <li key={s.sheet}>
                  {t('tables.skippedSheet', { sheet: s.sheet, message: s.error.message[lang] })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
