// Shared-runtime entry for the LANSNYCKEL.* custom functions. The metadata plugin appends the
// CustomFunctions.associate calls to src/functions/functions.ts; here errors learn to reach Excel as #VALUE!.
import '../functions/functions';
import { formulaErrorText } from '../functions/FormulaError';
import { setExcelErrorFactory } from '../functions/unwrapForExcel';

// The message follows Office's display language, read when the error happens (the runtime may outlive a change).
setExcelErrorFactory(
  (e) =>
    new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      formulaErrorText(e, Office.context?.displayLanguage),
    ) as unknown as Error,
);
