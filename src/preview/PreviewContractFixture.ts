import {
  type ContractFixture,
  type FixtureSheet,
  type PageSetupReadBack,
} from '../port/contract/ContractSubject';
import { type Cell } from '../workbook/Grid';
import { type PreviewWorkbook } from './PreviewWorkbook';

/**
 * The contract suite's set-up and clean-up on the preview workbook. The preview does not print: its page setup
 * "read back" is what a written sheet asked for, with fit to width meaning any number of pages tall (0), as the
 * Excel adapter sets it.
 */
export class PreviewContractFixture implements ContractFixture {
  constructor(private readonly book: PreviewWorkbook) {}

  addSheet(name: string, sheet: FixtureSheet): Promise<void> {
    return settle(() => {
      this.book.addSheet(
        name,
        sheet.rows.map((row) => row.map(toCell)),
        {
          ...(sheet.merged ? { merged: sheet.merged } : {}),
          ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
        },
      );
    });
  }

  removeSheet(name: string): Promise<void> {
    return settle(() => {
      this.book.removeSheet(name);
    });
  }

  removeState(key: string): Promise<void> {
    return settle(() => this.book.removeState(key));
  }

  readPageSetup(sheet: string): Promise<PageSetupReadBack> {
    return settle(() => this.pageSetupOf(sheet));
  }

  private pageSetupOf(sheet: string): PageSetupReadBack {
    const setup = this.book.writtenAs(sheet)?.pageSetup;
    return {
      orientation: setup?.orientation ?? 'portrait',
      fitToPagesWide: setup ? setup.fitToPagesWide : null,
      fitToPagesTall: setup ? 0 : null,
    };
  }
}

/** The body run now, as an async method would run it, its throw a rejection. */
function settle<T>(body: () => T): Promise<T> {
  return new Promise((resolve) => resolve(body()));
}

function toCell(value: string | number | null): Cell {
  if (value === null || value === '') return { value: { kind: 'empty' } };
  if (typeof value === 'number') return { value: { kind: 'number', value } };
  if (value.startsWith('=')) return { value: { kind: 'empty' }, formula: value };
  return { value: { kind: 'text', value } };
}
