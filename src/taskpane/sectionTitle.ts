import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** The small upper-case heading over a block of a step (Tabeller, Scenario, a pot's steps …): one look everywhere. */
export const sectionTitle: GriffelStyle = {
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground3,
  textTransform: 'uppercase',
  letterSpacing: '0.04em',
  margin: 0,
};
