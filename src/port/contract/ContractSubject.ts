import { type WorkbookPort } from '../WorkbookPort';

/** A user sheet to set up for a check: constants and formulas ("=…"), merged areas and hidden rows (0-based). */
export interface FixtureSheet {
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly merged?: readonly string[];
  readonly hiddenRows?: readonly number[];
}

/** The page setup of a sheet as the host reports it (null where the host uses a percentage instead). */
export interface PageSetupReadBack {
  readonly orientation: 'landscape' | 'portrait';
  readonly fitToPagesWide: number | null;
  /** 0 = as many pages tall as needed. */
  readonly fitToPagesTall: number | null;
}

/**
 * What the contract suite needs beyond the WorkbookPort to set up and clean up its checks: making a user's sheet
 * (with merged areas and hidden rows, which the port never writes), removing the suite's own sheets and state,
 * and reading the page setup back. Each host implements it next to its port (excel/, preview/).
 */
export interface ContractFixture {
  addSheet(name: string, sheet: FixtureSheet): Promise<void>;
  /** Removes the sheet if it exists. */
  removeSheet(name: string): Promise<void>;
  /** Removes the saved state of a key if there is any. */
  removeState(key: string): Promise<void>;
  readPageSetup(sheet: string): Promise<PageSetupReadBack>;
}

/** What the suite runs against: a port, its fixture, and a prefix that makes the suite's sheet names unique. */
export interface ContractSubject {
  readonly port: WorkbookPort;
  readonly fixture: ContractFixture;
  /** Short (≤ 8 characters), letters and digits: every sheet the suite makes starts with it. */
  readonly prefix: string;
}
