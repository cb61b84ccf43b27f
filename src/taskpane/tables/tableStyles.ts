import { makeStyles, tokens } from '@fluentui/react-components';

/** The table chooser's layout: headings, the corrections block and the read progress. */
export const useTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    margin: 0,
  },
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
