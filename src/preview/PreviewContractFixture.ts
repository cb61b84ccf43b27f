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

  async addSheet(name: string, sheet: FixtureSheet): Promise<void> {
    this.book.addSheet(
      name,
      sheet.rows.map((row) => row.map(toCell)),
      {
        ...(sheet.merged ? { merged: sheet.merged } : {}),
        ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
      },
    );
  }

  async removeSheet(name: string): Promise<void> {
    this.book.removeSheet(name);
  }

  async removeState(key: string): Promise<void> {
    this.book.removeState(key);
  }

  async readPageSetup(sheet: string): Promise<PageSetupReadBack> {
    const setup = this.book.writtenAs(sheet)?.pageSetup;
    return {
      orientation: setup?.orientation ?? 'portrait',
      fitToPagesWide: setup ? setup.fitToPagesWide : null,
      fitToPagesTall: setup ? 0 : null,
    };
  }
}

function toCell(value: string | number | null): Cell {
  if (value === null || value === '') return { value: { kind: 'empty' } };
  if (typeof value === 'number') return { value: { kind: 'number', value } };
  if (value.startsWith('=')) return { value: { kind: 'empty' }, formula: value };
  return { value: { kind: 'text', value } };
}
