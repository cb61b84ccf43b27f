import { type ContractFixture } from '../../port/contract/ContractSubject';

/** Where the self-test runs, as Office reports it (`Office.context.diagnostics`) or the preview describes itself. */
export interface SelfTestEnvironment {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
}

/** What the composition root gives the task pane so that it can offer Självtest. */
export interface SelfTestHost {
  readonly fixture: ContractFixture;
  readonly environment: SelfTestEnvironment;
}
