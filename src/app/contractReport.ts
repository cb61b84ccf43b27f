import { z } from 'zod';
import { type ContractSubject } from '../port/contract/ContractSubject';
import { runContractSuite, type ContractOutcome } from '../port/contract/runContractSuite';
import { type SelfTestEnvironment } from '../taskpane/selftest/SelfTestHost';

/**
 * Where the contract page (contract.html, `npm run test:excel`) posts its report: the dev server proxies this path
 * to the collector that scripts/test-excel.ts starts (the office-addin-test-server pattern, on the page's origin).
 */
export const CONTRACT_RESULTS_PATH = '/contract-results';

/** The collector refused the posted report (`status`, with the body it answered): the page shows the message. */
export class CollectorRejectedError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`the collector answered ${status}: ${body}`);
    this.name = 'CollectorRejectedError';
  }
}

/** The report the contract page posts once the suite has run inside Excel. */
export const contractReportSchema = z
  .object({
    kind: z.literal('lansnyckel-contract-report'),
    environment: z.object({ host: z.string(), platform: z.string(), version: z.string() }).strict(),
    outcomes: z.array(
      z.object({ id: z.string().min(1), ok: z.boolean(), detail: z.string().optional() }).strict(),
    ),
    /** Set when the run itself broke (not one check): the message of what was thrown. */
    error: z.string().optional(),
  })
  .strict();

export type ContractReport = z.infer<typeof contractReportSchema>;

/**
 * Runs the WorkbookPort contract suite on a subject and hands the report to `send` (the page POSTs it; jest posts it
 * to a collector from Node). A run that throws outside any check is still reported, with `error` set, so the
 * collector fails instead of waiting for its timeout.
 */
export async function runAndReport(
  subject: ContractSubject,
  environment: SelfTestEnvironment,
  send: (report: ContractReport) => Promise<void>,
  onResult?: (outcome: ContractOutcome) => void,
): Promise<ContractReport> {
  const outcomes: ContractOutcome[] = [];
  let error: string | undefined;
  try {
    await runContractSuite(subject, {
      onResult: (o) => {
        outcomes.push(o);
        onResult?.(o);
      },
    });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const report: ContractReport = {
    kind: 'lansnyckel-contract-report',
    environment: { ...environment },
    outcomes: outcomes.map((o) => ({
      id: o.id,
      ok: o.ok,
      ...(o.detail !== undefined && { detail: o.detail }),
    })),
    ...(error !== undefined && { error }),
  };
  await send(report);
  return report;
}
