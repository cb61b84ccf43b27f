import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TableRegular, TableSettingsRegular } from '@fluentui/react-icons';
import { type SheetInfo } from '../port/WorkbookPort';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  button: { width: '100%', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular },
  current: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  name: { flexGrow: 1, textAlign: 'start' },
});

/** The workbook's sheets; choosing one activates it in the workbook. */
export function SheetList(props: {
  sheets: readonly SheetInfo[];
  active: string | null;
  onPick: (sheet: string) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('underlag.sheets')}>
      {props.sheets.map((sheet) => {
        const isActive = sheet.name === props.active;
        return (
          <li key={sheet.name}>
            <Button
              appearance="subtle"
              className={mergeClasses(styles.button, isActive && styles.current)}
              icon={sheet.isOutput ? <TableSettingsRegular /> : <TableRegular />}
              aria-current={isActive ? 'true' : undefined}
              onClick={() => props.onPick(sheet.name)}
            >
              <span className={styles.name}>{sheet.name}</span>
              {isActive && (
                <Badge appearance="filled" color="brand" size="small">
                  {t('underlag.active')}
                </Badge>
              )}
              {sheet.isOutput && (
                <Badge appearance="outline" size="small">
                  {t('underlag.output')}
                </Badge>
              )}
              {!sheet.visible && (
                <Badge appearance="outline" color="subtle" size="small">
                  {t('underlag.hidden')}
                </Badge>
              )}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
