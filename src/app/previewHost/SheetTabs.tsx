import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { TableSettingsRegular } from '@fluentui/react-icons';
import { type SheetInfo } from '../../port/WorkbookPort';
import { useStrings } from '../../taskpane/StringsContext';

const useStyles = makeStyles({
  bar: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowX: 'auto',
  },
});

/** The workbook's sheet tabs along the bottom, as in Excel. */
export function SheetTabs(props: {
  sheets: readonly SheetInfo[];
  active: string | null;
  onPick: (name: string) => void;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <TabList
        size="small"
        selectedValue={props.active ?? undefined}
        onTabSelect={(_, data) => props.onPick(String(data.value))}
        aria-label={t('preview.sheetTabs')}
      >
        {props.sheets
          .filter((s) => s.visible)
          .map((sheet) => (
            <Tab
              key={sheet.name}
              value={sheet.name}
              {...(sheet.isOutput ? { icon: <TableSettingsRegular /> } : {})}
            >
              {sheet.name}
            </Tab>
          ))}
      </TabList>
    </div>
  );
}
