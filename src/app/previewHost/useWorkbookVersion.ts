import { useEffect, useState } from 'react';
import { type PreviewWorkbook } from '../../preview/PreviewWorkbook';

/** A number that changes whenever the preview workbook does, so the workbook view re-renders. */
export function useWorkbookVersion(book: PreviewWorkbook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => book.onChanged(() => setVersion((v) => v + 1)), [book]);
  return version;
}
