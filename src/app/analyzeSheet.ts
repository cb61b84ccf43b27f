import { checkTable } from '../domain/checks/checkTable';
import { defaultUnitRegistry } from '../domain/units/defaultUnitRegistry';
import { type AnalyzeSheet } from '../taskpane/AnalyzeSheet';
import { findTables } from '../workbook/findTables';

/** Table detection (src/workbook) and every check (src/domain/checks) on one sheet, with the shipped registry. */
export const analyzeSheet: AnalyzeSheet = (grid) => {
  const registry = defaultUnitRegistry();
  const tables = findTables(grid, registry);
  return { tables, findings: tables.flatMap((table) => checkTable(table, { registry })) };
};
