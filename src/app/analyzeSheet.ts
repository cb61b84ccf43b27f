import { type AnalyzeSheet } from '../taskpane/AnalyzeSheet';

/**
 * Table detection + checks for the pane. Undefined until src/workbook findTables and src/domain/checks land;
 * the pane then says so instead of pretending a sheet has no findings.
 */
export const analyzeSheet: AnalyzeSheet | undefined = undefined;
