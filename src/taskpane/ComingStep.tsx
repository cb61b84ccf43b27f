import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { type StringKey } from '../i18n/sv';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** An honest placeholder for a step whose engine is not wired in yet: says what will be here. */
export function ComingStep({ heading, text }: { heading: StringKey; text: StringKey }) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="coming-heading">
      <Subtitle2 as="h2" id="coming-heading">
        {t(heading)}
      </Subtitle2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('coming.title')}</MessageBarTitle>
          {t(text)}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
