import { followupSampleSheet } from './followupSampleSheet';
import { formulaSampleSheet } from './formulaSampleSheet';
import { layoutSample } from './layoutSample';
import { PreviewWorkbook } from './PreviewWorkbook';
import { SAMPLE_TABLES } from './samples/sampleTables';

/**
 * The preview's workbook: one sheet per published sample table, the first one active, then Formler and the example
 * återredovisning for Dalarna 2020 (to try Uppföljning against the Dalarna 2020 table).
 */
export function createSampleWorkbook(): PreviewWorkbook {
  const book = new PreviewWorkbook();
  for (const sample of SAMPLE_TABLES) {
    const sheet = layoutSample(sample);
    book.addSheet(sheet.name, sheet.rows, { bold: sheet.bold });
  }
  const formulas = formulaSampleSheet();
  book.addSheet(formulas.name, formulas.rows, { bold: formulas.bold });
  const followup = followupSampleSheet();
  book.addSheet(followup.name, followup.rows, { bold: followup.bold });
  return book;
}
