import {
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { ZERO } from '../../domain/money/arithmetic';
import { AmountField } from '../AmountField';
import { type CommandCall } from '../commands/registry';
import { type PotJson } from '../commands/planPaths';
import { STEP_KINDS } from '../commands/stepCommands';
import { useSessionState } from '../SessionContext';
import { StepEditor } from '../steps/StepEditor';
import { usePlanCommand } from '../steps/useStepCommand';
import { useStrings } from '../StringsContext';
import { useNyckelStyles } from './nyckelStyles';
import { potProblem, problemAt } from './planProblems';

/** One pot of the plan: its name, frame and steps, a menu to add a step and a button to remove the pot. */
export function PotCard(props: { pot: PotJson; index: number }) {
  const { t, lang } = useStrings();
  const styles = useNyckelStyles();
  const run = usePlanCommand();
  const { active, activeResult } = useSessionState();
  const { pot, index: p } = props;
  const problems = activeResult.problems;
  const units = activeResult.inputs?.units ?? [];
  return (
    <Card role="group" aria-label={t('plan.pot', { n: p + 1, name: pot.name })}>
      <Field label={t('plan.potName')}>
        <Input
          value={pot.name}
          onChange={(_, d) => run({ name: 'setPotName', args: { pot: p, name: d.value } }, `pot${p}.name`)}
        />
      </Field>
      {pot.frame.cell !== undefined ? (
        <Caption1>{t('plan.frameCell', { cell: pot.frame.cell })}</Caption1>
      ) : (
        <AmountField
          label={t('plan.frame')}
          value={pot.frame.amount}
          validation={problemAt(problems, `pots[${p}].frame`, lang)}
          onValue={(v) => run({ name: 'setPotFrame', args: { pot: p, amount: v ?? ZERO } }, `pot${p}.frame`)}
        />
      )}
      {pot.steps.map((step, s) => (
        <div className={styles.step} key={s} role="group" aria-label={t(`step.kind.${step.kind}`)}>
          <div className={styles.stepHead}>
            <h4 className={styles.title}>{t(`step.kind.${step.kind}`)}</h4>
            <Button
              appearance="subtle"
              size="small"
              icon={<DeleteRegular />}
              aria-label={t('plan.removeStep', { step: t(`step.kind.${step.kind}`) })}
              onClick={() => run({ name: 'removeStep', args: { pot: p, step: s } })}
            />
          </div>
          <StepEditor
            step={step}
            at={{ pot: p, step: s }}
            plan={active.plan}
            units={units}
            problem={
              problemAt(problems, `pots[${p}].steps[${s}]`, lang) ??
              potProblem(step.kind, pot.id, problems, lang)
            }
            run={(call: CommandCall) => run(call, `pot${p}.step${s}`)}
          />
        </div>
      ))}
      <div className={styles.toolbar}>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<AddRegular />}>{t('plan.addStep')}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {STEP_KINDS.map((kind) => (
                <MenuItem key={kind} onClick={() => run({ name: 'addStep', args: { pot: p, kind } })}>
                  {t(`step.kind.${kind}`)}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        {active.plan.pots.length > 1 && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => run({ name: 'removePot', args: { pot: p } })}
          >
            {t('plan.removePot')}
          </Button>
        )}
      </div>
    </Card>
  );
}
