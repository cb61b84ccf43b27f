import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { sum } from '../../domain/money/arithmetic';
import { toNumber } from '../../domain/money/toNumber';
import { formatKronor } from '../../i18n/formatKronor';
import { useSessionState } from '../SessionContext';
import { useStrings } from '../StringsContext';

/** The live result: Σ allocated and per pot, or nothing while the plan has problems. */
export function ResultSummary() {
  const { t } = useStrings();
  const { activeResult } = useSessionState();
  const allocation = activeResult.allocation;
  if (!allocation) return null;
  return (
    <MessageBar intent="success" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <div data-testid="plan-result">
          {t('plan.ok', {
            amount: formatKronor(toNumber(sum(allocation.totals))),
            units: allocation.units.length,
          })}
        </div>
        {allocation.pots.map((pot) => (
          <div key={pot.potId}>
            {t('plan.potResult', { pot: pot.potName, amount: formatKronor(toNumber(pot.distributed)) })}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
