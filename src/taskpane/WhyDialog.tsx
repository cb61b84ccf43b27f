import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { type Allocation } from '../domain/allocation/Allocation';
import { type Plan } from '../domain/plan/planSchema';
import { type ResultRow } from './state/resultRows';
import { traceText } from './state/traceText';
import { useStrings, type StringsValue } from './StringsContext';

export interface WhyDialogProps {
  readonly row: ResultRow;
  readonly allocation: Allocation;
  readonly plan: Plan | undefined;
  readonly onClose: () => void;
}

/** "Varför?": how one unit's amount came about, pot by pot, in words. */
export function WhyDialog({ row, allocation, plan, onClose }: WhyDialogProps) {
  const { t, lang } = useStrings();
  const name = row.unit.name.trim();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('result.whyTitle', { unit: name })}</DialogTitle>
          <DialogContent>
            {allocation.pots.map((pot, p) => {
              const trace = pot.trace[row.index];
              const amount = pot.amounts[row.index];
              if (trace === undefined || amount === undefined) return null;
              return (
                <div key={pot.potId}>
                  <strong>{pot.potName}</strong>
                  <Body1 as="p" block data-testid="why-text">
                    {traceText({ unit: row.unit, pot, trace, amount, ...keyName(plan, p, t) }, lang)}
                  </Body1>
                </div>
              );
            })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('result.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The pot's key in words ("efter befolkning", "en viktad blandning"); none for an equal split. */
function keyName(plan: Plan | undefined, potIndex: number, t: StringsValue['t']): { keyName?: string } {
  const step = plan?.pots[potIndex]?.steps.find((s) => s.kind === 'key');
  if (step?.kind !== 'key') return {};
  if (step.key.type === 'equal') return {};
  if (step.key.type === 'blend') return { keyName: t('result.blendWords') };
  const id = step.key.indicator;
  const name = plan?.indicators?.find((i) => i.id === id)?.name ?? id;
  return { keyName: t('result.keyWords', { name: name.toLocaleLowerCase('sv-SE') }) };
}
