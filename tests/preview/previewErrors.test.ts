import { PreviewWorkbook } from '../../src/preview/PreviewWorkbook';
import { layoutSample } from '../../src/preview/layoutSample';
import {
  PreviewCellError,
  PreviewSheetNameError,
  SampleDataError,
  SavedVersionError,
} from '../../src/preview/previewErrors';

const text = (value: string) => ({ value: { kind: 'text' as const, value } });

describe('preview misuse errors', () => {
  it('refuses a sheet name Excel would refuse, and a name the workbook has', () => {
    const book = new PreviewWorkbook();
    expect(() => book.addSheet('A/B', [])).toThrow(PreviewSheetNameError);
    book.addSheet('Dalarna', [[text('Kommun')]]);
    expect(() => book.addSheet('DALARNA', [])).toThrow('[PreviewWorkbook] bad sheet name: DALARNA');
  });

  it('refuses an origin or a cell that is no single A1 cell', () => {
    const book = new PreviewWorkbook();
    expect(() => book.addSheet('Dalarna', [], { at: 'Leksand' })).toThrow(PreviewCellError);
    book.addSheet('Dalarna', []);
    expect(() => book.setCell('Gävleborg', 'A1', text('x'))).toThrow(
      '[PreviewWorkbook] no cell Gävleborg!A1',
    );
  });

  it('refuses a saved workbook of an unknown version', () => {
    expect(() => PreviewWorkbook.deserialize(JSON.stringify({ version: 2, sheets: [] }))).toThrow(
      SavedVersionError,
    );
  });

  it('refuses a bundled sample without a header and a total row', () => {
    const sample = { file: 'tom.csv', sheet: 'Tom', title: 'Tom', source: 'ingen', csv: '' };
    expect(() => layoutSample(sample)).toThrow(SampleDataError);
    expect(() => layoutSample(sample)).toThrow('[preview] sample tom.csv: needs a header and a total row');
  });
});
