import { makeStyles, tokens } from '@fluentui/react-components';
import { sectionTitle } from '../sectionTitle';

/** The plan editor's layout: blocks, toolbars and the indented steps of a pot. */
export const useNyckelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  intro: { color: tokens.colorNeutralForeground2 },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  stepHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: 0 },
  title: sectionTitle,
  hidden: { display: 'none' },
});
