import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LANGS, type Lang } from '../i18n/Lang';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({ group: { display: 'flex', gap: tokens.spacingHorizontalXXS } });

/** Svenska | English: each button names its language in that language, and says if it is the current one. */
export function LanguageSwitch({ onLang }: { onLang: (lang: Lang) => void }) {
  const { lang, t } = useStrings();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('lang.label')} className={styles.group}>
      {LANGS.map((l) => (
        <Button
          key={l}
          size="small"
          appearance={l === lang ? 'primary' : 'subtle'}
          aria-pressed={l === lang}
          lang={l}
          onClick={() => onLang(l)}
        >
          {t(l === 'sv' ? 'lang.sv' : 'lang.en')}
        </Button>
      ))}
    </div>
  );
}
