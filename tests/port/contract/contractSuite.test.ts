import { ExcelContractFixture } from '../../../src/excel/ExcelContractFixture';
import { ExcelWorkbookPort } from '../../../src/excel/ExcelWorkbookPort';
import { CONTRACT_CHECKS } from '../../../src/port/contract/contractChecks';
import { type ContractSubject } from '../../../src/port/contract/ContractSubject';
import { runContractSuite } from '../../../src/port/contract/runContractSuite';
import { PreviewContractFixture } from '../../../src/preview/PreviewContractFixture';
import { PreviewWorkbook } from '../../../src/preview/PreviewWorkbook';
import { FakeExcel } from '../../helpers/fakeExcel/FakeExcel';
import { defined } from '../../helpers/defined';

function fakeExcelSubject(): { subject: ContractSubject; fake: FakeExcel } {
  const fake = new FakeExcel();
  fake.model.addSheet('Befolkning', [
    ['Kommun', 'Folkmängd'],
    ['Falun', 59_000],
  ]);
  return {
    fake,
    subject: {
      port: new ExcelWorkbookPort(fake.host),
      fixture: new ExcelContractFixture(fake.host),
      prefix: 'LNT1',
    },
  };
}

function previewSubject(): { subject: ContractSubject; book: PreviewWorkbook } {
  const book = new PreviewWorkbook();
  book.addSheet('Befolkning', [[{ value: { kind: 'text', value: 'Kommun' } }]]);
  return { book, subject: { port: book, fixture: new PreviewContractFixture(book), prefix: 'LNT1' } };
}

describe('the WorkbookPort contract', () => {
  describe('on the strict fake Excel (ExcelWorkbookPort)', () => {
    it.each(CONTRACT_CHECKS.map((c) => [c.id, c] as const))('passes %s', async (_id, check) => {
      const { subject } = fakeExcelSubject();
      await expect(check.run(subject)).resolves.toEqual({ ok: true });
    });

    it('runs every check in one workbook and leaves it as it was', async () => {
      const { subject, fake } = fakeExcelSubject();
      const before = fake.model.snapshot();
      const outcomes = await runContractSuite(subject);
      expect(outcomes.map((o) => o.id)).toEqual(CONTRACT_CHECKS.map((c) => c.id));
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(fake.model.snapshot()).toEqual(before);
    });
  });

  describe('on the preview workbook', () => {
    it.each(CONTRACT_CHECKS.map((c) => [c.id, c] as const))('passes %s', async (_id, check) => {
      const { subject } = previewSubject();
      await expect(check.run(subject)).resolves.toEqual({ ok: true });
    });

    it('runs every check in one workbook and leaves it as it was', async () => {
      const { subject, book } = previewSubject();
      const before = book.serialize();
      const outcomes = await runContractSuite(subject);
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(book.serialize()).toBe(before);
    });
  });

  describe('runContractSuite', () => {
    it('reports a check that throws as failed, keeps going, and still removes the sheets under its prefix', async () => {
      const { subject, book } = previewSubject();
      const outcomes = await runContractSuite(subject, {
        checks: [
          {
            id: 'values',
            run: async (s) => {
              await s.fixture.addSheet('LNT1_left', { rows: [['x']] });
              throw new Error('boom');
            },
          },
          defined(CONTRACT_CHECKS.find((c) => c.id === 'formulas')),
        ],
      });
      expect(outcomes).toEqual([
        { id: 'values', ok: false, detail: 'threw: boom' },
        { id: 'formulas', ok: true },
      ]);
      expect(book.sheetNames().map((s) => s.name)).toEqual(['Befolkning']);
    });

    it('fails the rollback check on a host that keeps a write whose check failed', async () => {
      const { subject } = previewSubject();
      const port = subject.port;
      const keeping: ContractSubject = {
        ...subject,
        port: {
          listSheets: () => port.listSheets(),
          activeSheet: () => port.activeSheet(),
          readSheet: (n) => port.readSheet(n),
          getSelection: () => port.getSelection(),
          selectRange: (n, a) => port.selectRange(n, a),
          writePlan: async () => ({ ok: true, value: { written: [], replaced: [] } }),
          loadState: (k) => port.loadState(k),
          saveState: (k, j) => port.saveState(k, j),
          onSheetsChanged: (l) => port.onSheetsChanged(l),
        },
      };
      await expect(defined(CONTRACT_CHECKS.find((c) => c.id === 'rollback')).run(keeping)).resolves.toEqual({
        ok: false,
        detail: 'a write whose check failed was kept',
      });
    });
  });
});
