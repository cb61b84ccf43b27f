import { Badge } from '@fluentui/react-components';
import { type Severity } from '../domain/findings/Finding';
import { useStrings } from './StringsContext';

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** The finding's severity as a word, not only a colour (colour-blind and projector safe). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useStrings();
  return (
    <Badge appearance="tint" color={COLOR[severity]} shape="rounded">
      {t(`severity.${severity}`)}
    </Badge>
  );
}
