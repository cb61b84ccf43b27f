import { makeStyles, tokens } from '@fluentui/react-components';
import { sectionTitle } from '../sectionTitle';

/** The table chooser's layout: headings, the corrections block and the read progress. */
export const useTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: sectionTitle,
  corrections: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  progress: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});
