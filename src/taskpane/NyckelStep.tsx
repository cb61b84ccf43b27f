import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownloadRegular,
  ArrowRedoRegular,
  ArrowUndoRegular,
  ArrowUploadRegular,
  CopyRegular,
  DeleteRegular,
} from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { sum } from '../domain/money/arithmetic';
import { toNumber } from '../domain/money/toNumber';
import { parsePlanText } from '../domain/plan/parsePlan';
import { type PlanJson } from '../domain/plan/planSchema';
import { PLAN_PRESETS } from '../domain/presets/planPresets';
import { formatKronor } from '../i18n/formatKronor';
import { AmountField } from './AmountField';
import { LabeledDropdown } from './LabeledDropdown';
import { useHost } from './HostContext';
import { copyText, downloadBlob, planFileName } from './meeting/clipboard';
import { useSession } from './SessionContext';
import { addPot, addStep, removePot, removeStep, setPot, setStep, STEP_KINDS } from './state/planEdits';
import { type ScenarioProblem } from './state/computeScenario';
import { StepEditor } from './StepEditor';
import { useStrings } from './StringsContext';

const UNITS = ['1', '100', '1000', '0.01'] as const;
const METHODS = ['largest-remainder', 'round-each', 'cumulative'] as const;

const useStyles = makeStyles({
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
  title: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    margin: 0,
  },
  hidden: { display: 'none' },
});

/** Step 2: the plan editor. Every edit goes through the session (undo/redo) and the result updates at once. */
export function NyckelStep() {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const session = useSession();
  const { active, activeResult, dispatch } = session;
  const plan = active.plan;
  const [presetId, setPresetId] = useState('storleksklasser-befolkning');
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string; details: string[] } | null>(
    null,
  );
  const fileInput = useRef<HTMLInputElement>(null);
  const host = useHost();
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string; json?: string } | null>(
    null,
  );
  const edit = (next: PlanJson, coalesce?: string) =>
    dispatch({ type: 'edit-plan', plan: next, ...(coalesce ? { coalesce } : {}) });
  const units = activeResult.inputs?.units ?? [];
  const problemAt = (path: string) =>
    activeResult.problems.find((p) => p.path?.startsWith(path))?.message[lang];
  const unplaced = activeResult.problems.filter((p) => !placed(p, plan));

  const onImport = async (file: File) => {
    const parsed = parsePlanText(await file.text());
    if (parsed.ok) {
      edit(JSON.parse(await file.text()) as PlanJson);
      setImportMessage({ ok: true, text: t('plan.imported', { name: parsed.plan.name }), details: [] });
    } else
      setImportMessage({
        ok: false,
        text: t('plan.importFailed', { file: file.name }),
        details: parsed.problems.slice(0, 5).map((p) => p.message[lang]),
      });
  };
  const onExport = async () => {
    const json = JSON.stringify(plan, null, 2) + '\n';
    if (host.canDownload) {
      downloadBlob(new Blob([json], { type: 'application/json' }), planFileName(plan.name));
      return;
    }
    // Excel for Mac ignores <a download>: the plan goes to the clipboard, or is shown to copy by hand.
    try {
      await copyText(json);
      setExportMessage({ ok: true, text: t('plan.copied') });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setExportMessage({ ok: false, text: t('plan.copyFailed', { message }), json });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="nyckel-heading">
      <div className={styles.block}>
        <Subtitle2 as="h2" id="nyckel-heading">
          {t('plan.heading')}
        </Subtitle2>
        <Body1 className={styles.intro}>{t('plan.intro')}</Body1>
        <div className={styles.toolbar}>
          <Button icon={<ArrowUndoRegular />} disabled={!session.canUndo} onClick={session.undo}>
            {t('session.undo')}
          </Button>
          <Button icon={<ArrowRedoRegular />} disabled={!session.canRedo} onClick={session.redo}>
            {t('session.redo')}
          </Button>
        </div>
      </div>
      {!session.table && (
        <MessageBar intent="info">
          <MessageBarBody>{t('session.noTable')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.block}>
        <LabeledDropdown
          label={t('plan.preset')}
          choices={PLAN_PRESETS.map((p) => ({ value: p.id, text: p.name[lang] }))}
          value={presetId}
          onSelect={setPresetId}
        />
        <div className={styles.toolbar}>
          <Button
            appearance="primary"
            onClick={() => {
              const preset = PLAN_PRESETS.find((p) => p.id === presetId);
              if (preset) edit(preset.build());
            }}
          >
            {t('plan.presetApply')}
          </Button>
        </div>
      </div>
      <ResultSummary />
      {unplaced.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <strong>{t('plan.problems')}</strong>
            <ul>
              {unplaced.slice(0, 6).map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('plan.name')}>
        <Input value={plan.name} onChange={(_, d) => edit({ ...plan, name: d.value }, 'name')} />
      </Field>
      <div className={styles.block} role="group" aria-labelledby="rounding-heading">
        <h3 className={styles.title} id="rounding-heading">
          {t('plan.rounding')}
        </h3>
        <LabeledDropdown
          label={t('plan.roundingUnit')}
          choices={UNITS.map((u) => ({ value: u, text: t(`plan.unit.${u}`) }))}
          value={String(plan.rounding?.unit ?? '1')}
          onSelect={(unit) =>
            edit({ ...plan, rounding: { ...plan.rounding, unit: unit as (typeof UNITS)[number] } })
          }
        />
        <LabeledDropdown
          label={t('plan.method')}
          choices={METHODS.map((m) => ({ value: m, text: t(`plan.method.${m}`) }))}
          value={plan.rounding?.method ?? 'largest-remainder'}
          onSelect={(method) =>
            edit({ ...plan, rounding: { ...plan.rounding, method: method as (typeof METHODS)[number] } })
          }
        />
      </div>
      <IndicatorColumns />
      {plan.pots.map((pot, p) => (
        <Card key={pot.id} role="group" aria-label={t('plan.pot', { n: p + 1, name: pot.name })}>
          <Field label={t('plan.potName')}>
            <Input
              value={pot.name}
              onChange={(_, d) => edit(setPot(plan, p, { ...pot, name: d.value }), `pot${p}.name`)}
            />
          </Field>
          {pot.frame.cell !== undefined ? (
            <Caption1>{t('plan.frameCell', { cell: pot.frame.cell })}</Caption1>
          ) : (
            <AmountField
              label={t('plan.frame')}
              value={pot.frame.amount}
              validation={problemAt(`pots[${p}].frame`)}
              onValue={(v) => edit(setPot(plan, p, { ...pot, frame: { amount: v ?? '0' } }), `pot${p}.frame`)}
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
                  onClick={() => edit(removeStep(plan, p, s))}
                />
              </div>
              <StepEditor
                step={step}
                plan={plan}
                units={units}
                problem={
                  problemAt(`pots[${p}].steps[${s}]`) ??
                  potProblem(step.kind, pot.id, activeResult.problems, lang)
                }
                onStep={(next) => edit(setStep(plan, p, s, next), `pot${p}.step${s}`)}
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
                  {STEP_KINDS.map((k) => (
                    <MenuItem key={k} onClick={() => edit(addStep(plan, p, k))}>
                      {t(`step.kind.${k}`)}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
            {plan.pots.length > 1 && (
              <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => edit(removePot(plan, p))}>
                {t('plan.removePot')}
              </Button>
            )}
          </div>
        </Card>
      ))}
      <div className={styles.toolbar}>
        <Button icon={<AddRegular />} onClick={() => edit(addPot(plan, `Pott ${plan.pots.length + 1}`))}>
          {t('plan.addPot')}
        </Button>
        <Button
          icon={host.canDownload ? <ArrowDownloadRegular /> : <CopyRegular />}
          onClick={() => void onExport()}
        >
          {t(host.canDownload ? 'plan.export' : 'plan.copy')}
        </Button>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
          {t('plan.import')}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept="application/json,.json"
          aria-label={t('plan.import')}
          data-testid="plan-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onImport(file);
            e.target.value = '';
          }}
        />
      </div>
      {importMessage && (
        <MessageBar intent={importMessage.ok ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>
            {importMessage.text}
            {importMessage.details.length > 0 && (
              <ul>
                {importMessage.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {exportMessage && (
        <MessageBar intent={exportMessage.ok ? 'success' : 'error'} layout="multiline" role="status">
          <MessageBarBody>{exportMessage.text}</MessageBarBody>
        </MessageBar>
      )}
      {exportMessage?.json !== undefined && (
        <Field label={t('plan.jsonLabel')}>
          <Textarea readOnly value={exportMessage.json} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </section>
  );
}

/** The live result: Σ allocated and per pot, or nothing while the plan has problems. */
function ResultSummary() {
  const { t } = useStrings();
  const { activeResult } = useSession();
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

/** Per plan indicator: the table column it is read from, or the reference population. */
function IndicatorColumns() {
  const { t } = useStrings();
  const styles = useStyles();
  const { active, table, activeResult, state, dispatch } = useSession();
  const indicators = active.plan.indicators ?? [];
  if (!table || indicators.length === 0) return null;
  const columns = table.columns.filter((c) => c.role !== 'unit' && c.role !== 'code');
  return (
    <div className={styles.block} role="group" aria-labelledby="indicators-heading">
      <h3 className={styles.title} id="indicators-heading">
        {t('plan.indicators')}
      </h3>
      {indicators.map((ind) => {
        const source = activeResult.inputs?.sources.find((s) => s.indicatorId === ind.id);
        const value =
          source?.kind === 'column' ? source.letter : source?.kind === 'reference' ? '' : undefined;
        return (
          <LabeledDropdown
            key={ind.id}
            label={t('plan.indicatorColumn', { name: ind.name })}
            choices={[
              ...columns.map((c) => ({ value: c.letter, text: `${c.letter}: ${c.header}` })),
              { value: '', text: t('plan.reference') },
            ]}
            value={value}
            onSelect={(letter) =>
              dispatch({
                type: 'edit-source',
                patch: { indicatorColumns: { ...state.source?.indicatorColumns, [ind.id]: letter } },
              })
            }
          />
        );
      })}
    </div>
  );
}

/** Engine problems without a path that belong to a step kind (Σ floors > frame → the limits step). */
function potProblem(
  kind: string,
  potId: string,
  problems: readonly ScenarioProblem[],
  lang: 'sv' | 'en',
): string | undefined {
  return problems.find((p) => p.path === undefined && p.potId === potId && STEP_OF[p.code ?? ''] === kind)
    ?.message[lang];
}

const STEP_OF: Readonly<Record<string, string>> = {
  'floors-exceed-frame': 'limits',
  'caps-below-frame': 'limits',
  'cap-below-floor': 'limits',
  'set-asides-exceed-frame': 'set-aside',
  'fixed-exceed-frame': 'fixed',
};

function placed(p: ScenarioProblem, plan: PlanJson): boolean {
  if (p.path !== undefined) return /^pots\[\d+\]\.(frame|steps\[\d+\])/.test(p.path);
  const pot = plan.pots.find((x) => x.id === p.potId);
  const kind = STEP_OF[p.code ?? ''];
  return (
    !!pot &&
    !!kind &&
    pot.steps.some((s) => s.kind === kind || (kind === 'set-aside' && s.kind === 'set-aside-percent'))
  );
}
