// Shared-runtime entry for the LANSNYCKEL.* custom functions. The metadata plugin appends the
// CustomFunctions.associate calls to src/functions/functions.ts; here errors learn to reach Excel as #VALUE!.
import '../functions/functions';
import { setExcelErrorFactory } from '../functions/unwrapForExcel';

setExcelErrorFactory(
  (e) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message) as unknown as Error,
);
