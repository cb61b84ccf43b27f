import {
  Caption1,
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type HostCapabilities } from '../../port/HostCapabilities';
import { type Lang } from '../../i18n/Lang';
import { parseRangeAddress } from '../../domain/a1/parseRangeAddress';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';
import { type AnalyzeSheet } from '../../taskpane/AnalyzeSheet';
import { App } from '../../taskpane/App';
import { PreviewContractFixture } from '../../preview/PreviewContractFixture';
import { type SelfTestHost } from '../../taskpane/selftest/SelfTestHost';
import { StringsProvider, useStrings } from '../../taskpane/StringsContext';
import { useDocumentLanguage } from '../../taskpane/useDocumentLanguage';
import { formatCellValue } from './formatCellValue';
import { FormulaBar } from './FormulaBar';
import { GridView } from './GridView';
import { PaneSplitter } from './PaneSplitter';
import { SheetTabs } from './SheetTabs';
import { useWorkbookVersion } from './useWorkbookVersion';

const PANE_WIDTH = 360;

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    gridTemplateColumns: 'minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  titleBar: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.9 },
  body: { display: 'flex', minHeight: 0 },
  paneBody: { minHeight: 0, height: '100%' },
  workbook: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  pane: {
    display: 'flex',
    flexShrink: 0,
    minHeight: 0,
    boxShadow: tokens.shadow8,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Självtest in the preview runs the same contract suite on the in-memory workbook. */
function previewSelfTestHost(book: PreviewWorkbook): SelfTestHost {
  return {
    fixture: new PreviewContractFixture(book),
    environment: { host: 'Länsnyckel preview', platform: 'Browser', version: navigator.userAgent },
  };
}

/** What the preview runs: the in-memory workbook, the sheet analysis and the host it offers. */
export interface PreviewAppProps {
  readonly book: PreviewWorkbook;
  readonly initialLang: Lang;
  readonly analyze: AnalyzeSheet;
  /** What the preview offers as a host (downloads, the presentation window); see createPreviewHost. */
  readonly host?: HostCapabilities;
}

/** The browser preview: a workbook-like frame on the left, the real task pane on the right. */
export function PreviewApp(props: PreviewAppProps) {
  const [lang, setLang] = useState<Lang>(props.initialLang);

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <StringsProvider lang={lang}>
        <PreviewFrame {...props} onLang={setLang} />
      </StringsProvider>
    </FluentProvider>
  );
}

function PreviewFrame({ book, analyze, host, onLang }: PreviewAppProps & { onLang: (lang: Lang) => void }) {
  const { t, lang } = useStrings();
  useDocumentLanguage('preview.title');
  const styles = useStyles();
  const [selfTest] = useState(() => previewSelfTestHost(book));
  const [paneWidth, setPaneWidth] = useState(PANE_WIDTH);
  const version = useWorkbookVersion(book);
  const active = book.activeName();
  const selection = book.currentSelection();
  const selected = selection && selection.sheet === active ? selection.address : null;
  return (
    <div className={styles.root}>
      <header className={styles.titleBar}>
        <h1 className={styles.title}>{t('preview.title')}</h1>
        <Caption1 className={styles.note}>{t('preview.note')}</Caption1>
      </header>
      <div className={styles.body}>
        <main className={styles.workbook} aria-label={t('preview.workbook')}>
          <FormulaBar address={selected ?? 'A1'} content={barContent(book, active, selected ?? 'A1', lang)} />
          {active === null ? (
            <Text>{t('underlag.empty')}</Text>
          ) : (
            <GridView book={book} sheet={active} selection={selected} version={version} />
          )}
          <SheetTabs sheets={book.sheetNames()} active={active} onPick={(name) => book.activate(name)} />
        </main>
        <aside className={styles.pane} aria-label={t('preview.pane')}>
          <PaneSplitter width={paneWidth} onWidth={setPaneWidth} />
          <div className={styles.paneBody} style={{ width: paneWidth }}>
            <App
              port={book}
              lang={lang}
              onLangChange={onLang}
              analyze={analyze}
              selfTest={selfTest}
              {...(host ? { host } : {})}
            />
          </div>
        </aside>
      </div>
    </div>
  );
}

/** The formula bar shows the formula of the selected cell, or its displayed value. */
function barContent(book: PreviewWorkbook, sheet: string | null, address: string, lang: Lang): string {
  const range = parseRangeAddress(address);
  const grid = sheet === null ? undefined : book.peekSheet(sheet);
  if (!range || !grid) return '';
  const [r, c] = [range.startRow - grid.origin.row, range.startCol - grid.origin.col];
  if (r < 0 || c < 0 || r >= grid.rowCount || c >= grid.colCount) return '';
  const cell = grid.cell(r, c);
  return cell.formula ?? formatCellValue(cell, lang);
}
