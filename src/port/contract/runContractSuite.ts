import {
  CONTRACT_CHECKS,
  type CheckResult,
  type ContractCheck,
  type ContractCheckId,
} from './contractChecks';
import { type ContractSubject } from './ContractSubject';

/** One check's outcome in a run. */
export interface ContractOutcome extends CheckResult {
  readonly id: ContractCheckId;
}

/**
 * Runs the checks one after another (they share one workbook). A check that throws fails with the error's text
 * rather than stopping the run. Afterwards every sheet whose name starts with the subject's prefix is removed,
 * so the workbook is left as it was even when a check's own clean-up failed.
 */
export async function runContractSuite(
  subject: ContractSubject,
  options: {
    readonly checks?: readonly ContractCheck[];
    readonly onResult?: (outcome: ContractOutcome) => void;
  } = {},
): Promise<ContractOutcome[]> {
  const outcomes: ContractOutcome[] = [];
  try {
    for (const check of options.checks ?? CONTRACT_CHECKS) {
      let result: CheckResult;
      try {
        result = await check.run(subject);
      } catch (error) {
        result = { ok: false, detail: `threw: ${error instanceof Error ? error.message : String(error)}` };
      }
      const outcome = { id: check.id, ...result };
      outcomes.push(outcome);
      options.onResult?.(outcome);
    }
  } finally {
    const sheets = await subject.port.listSheets();
    if (sheets.ok)
      for (const s of sheets.value)
        if (s.name.startsWith(subject.prefix)) await subject.fixture.removeSheet(s.name);
  }
  return outcomes;
}
