import {
  Caption1,
  FluentProvider,
  makeStyles,
  Title3,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type Lang } from '../i18n/Lang';
import { type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { ComingStep } from './ComingStep';
import { LanguageSwitch } from './LanguageSwitch';
import { type StepId } from './StepId';
import { StepNav } from './StepNav';
import { StringsProvider, useStrings } from './StringsContext';
import { UnderlagStep } from './UnderlagStep';

/** The task pane's inputs: the composition root (src/app) picks the workbook, language and theme. */
export interface AppProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** When given, the language is controlled by the host (the preview follows it too). */
  readonly onLangChange?: (lang: Lang) => void;
  readonly theme?: Theme;
  /** Table detection + checks; absent until those modules are wired in. */
  readonly analyze?: AnalyzeSheet;
}

const useStyles = makeStyles({
  provider: { height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalM,
  },
  brand: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  nav: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    overflowY: 'auto',
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
});

/** The task pane: header with language switch, the four steps, and the current step's panel. */
export function App(props: AppProps) {
  const [ownLang, setOwnLang] = useState<Lang>(props.lang);
  const lang = props.onLangChange ? props.lang : ownLang;
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} className={styles.provider} lang={lang}>
      <StringsProvider lang={lang}>
        <Pane {...props} onLang={props.onLangChange ?? setOwnLang} />
      </StringsProvider>
    </FluentProvider>
  );
}

function Pane(props: AppProps & { onLang: (lang: Lang) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [step, setStep] = useState<StepId>('underlag');
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Title3 as="h1">{t('app.name')}</Title3>
          <Caption1 className={styles.tagline}>{t('app.tagline')}</Caption1>
        </div>
        <LanguageSwitch onLang={props.onLang} />
      </header>
      <nav className={styles.nav} aria-label={t('steps.label')}>
        <StepNav step={step} onStep={setStep} />
      </nav>
      <div className={styles.panel} id="step-panel" role="tabpanel" aria-labelledby={`step-${step}`}>
        {step === 'underlag' && <UnderlagStep port={props.port} analyze={props.analyze} />}
        {step === 'nyckel' && <ComingStep heading="step.nyckel" text="coming.nyckel" />}
        {step === 'preview' && <ComingStep heading="step.preview" text="coming.preview" />}
        {step === 'write' && <ComingStep heading="step.write" text="coming.write" />}
      </div>
    </div>
  );
}
