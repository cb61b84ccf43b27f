import {
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  ToggleButton,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { type Lang } from '../i18n/Lang';
import { type HostCapabilities } from '../port/HostCapabilities';
import { type WorkbookPort } from '../port/WorkbookPort';
import { type AnalyzeSheet } from './AnalyzeSheet';
import { HostProvider } from './HostContext';
import { LanguageSwitch } from './LanguageSwitch';
import { PresentationWindowProvider } from './meeting/PresentationWindowProvider';
import { MeetingSlot } from './MeetingSlot';
import { NyckelStep } from './NyckelStep';
import { PreviewStep } from './PreviewStep';
import { HelpMenu } from './selftest/HelpMenu';
import { type SelfTestHost } from './selftest/SelfTestHost';
import { SessionProvider, useSession, type SessionValue } from './SessionContext';
import { type StepId } from './StepId';
import { StepNav } from './StepNav';
import { StringsProvider, useStrings } from './StringsContext';
import { UnderlagStep } from './UnderlagStep';
import { WriteStep } from './WriteStep';

/** The task pane's inputs: the composition root (src/app) picks the workbook, language and theme. */
export interface AppProps {
  readonly port: WorkbookPort;
  readonly lang: Lang;
  /** When given, the language is controlled by the host (the preview follows it too). */
  readonly onLangChange?: (lang: Lang) => void;
  readonly theme?: Theme;
  /** Table detection + checks (src/app/analyzeSheet, or a fake in tests). */
  readonly analyze: AnalyzeSheet;
  /** Today's date (ISO) for the written sheets; passed in so tests are repeatable. */
  readonly today?: () => string;
  /**
   * The meeting tools (chart, presentation mode, copy for memo) shown in Förhandsgranska: a render function of
   * the session; by default MeetingMode (meeting/).
   */
  readonly meeting?: (session: SessionValue) => ReactNode;
  /** When given, the header offers Hjälp → Självtest on this host (src/app supplies the fixture and environment). */
  readonly selfTest?: SelfTestHost;
  /** What the host can do (platform, downloads, presentation window); a downloading host without one by default. */
  readonly host?: HostCapabilities;
}

const FULL_HEIGHT = { height: '100%' } as const;

// Uppföljning opens on demand, so its code (reconciliation, its sheet and memo) loads then, not with the pane.
const FollowupPane = lazy(() => import('./followup/FollowupPane').then((m) => ({ default: m.FollowupPane })));

const isoToday = () => new Date().toISOString().slice(0, 10);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
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
  tools: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  tagline: { color: tokens.colorNeutralForeground3 },
  modeBar: { display: 'flex', justifyContent: 'flex-end', paddingBottom: tokens.spacingVerticalXS },
  nav: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  notice: { marginBottom: tokens.spacingVerticalM },
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
  // Layout goes in `style`, not a class: Fluent copies the provider's classes onto its portal mount node (where
  // Dropdown and Dialog popups render), and a full-size mount node would cover the page and eat every click.
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} style={FULL_HEIGHT} lang={lang}>
      <StringsProvider lang={lang}>
        <HostProvider {...(props.host ? { host: props.host } : {})}>
          <SessionProvider port={props.port} analyze={props.analyze}>
            <PresentationWindowProvider>
              <Pane {...props} onLang={props.onLangChange ?? setOwnLang} />
            </PresentationWindowProvider>
          </SessionProvider>
        </HostProvider>
      </StringsProvider>
    </FluentProvider>
  );
}

function Pane(props: AppProps & { onLang: (lang: Lang) => void }) {
  const { t } = useStrings();
  const styles = useStyles();
  const [step, setStepState] = useState<StepId>('underlag');
  const [followup, setFollowup] = useState(false);
  const session = useSession();
  const { persistError } = session;
  const { lang } = useStrings();
  // Saving may clear Excel's undo stack, so it happens at natural pauses: on step change (and see SessionProvider).
  const setStep = (next: StepId) => {
    setStepState(next);
    setFollowup(false);
    void session.save();
  };
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Title3 as="h1">{t('app.name')}</Title3>
          <Caption1 className={styles.tagline}>{t('app.tagline')}</Caption1>
        </div>
        <div className={styles.tools}>
          {props.selfTest && (
            <HelpMenu port={props.port} host={props.selfTest} today={props.today ?? isoToday} />
          )}
          <LanguageSwitch onLang={props.onLang} />
        </div>
      </header>
      <nav className={styles.nav} aria-label={t('steps.label')}>
        <StepNav step={step} onStep={setStep} />
        <div className={styles.modeBar}>
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={followup}
            onClick={() => setFollowup(!followup)}
          >
            {t('followup.mode')}
          </ToggleButton>
        </div>
      </nav>
      {followup && (
        <div className={styles.panel}>
          <Suspense fallback={<Caption1>{t('followup.opening')}</Caption1>}>
            <FollowupPane port={props.port} today={props.today ?? isoToday} />
          </Suspense>
        </div>
      )}
      <div
        className={styles.panel}
        id="step-panel"
        role="tabpanel"
        aria-labelledby={`step-${step}`}
        hidden={followup}
      >
        {step === 'underlag' && <UnderlagStep port={props.port} />}
        {persistError && (
          <MessageBar intent="warning" className={styles.notice}>
            <MessageBarBody>
              {t(persistError.kind === 'save' ? 'session.saveFailed' : 'session.loadFailed', {
                message: persistError.message[lang],
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {step === 'nyckel' && <NyckelStep />}
        {step === 'preview' && (
          <PreviewStep meeting={props.meeting ? props.meeting(session) : <MeetingSlot session={session} />} />
        )}
        {step === 'write' && <WriteStep port={props.port} today={props.today ?? isoToday} />}
      </div>
    </div>
  );
}
