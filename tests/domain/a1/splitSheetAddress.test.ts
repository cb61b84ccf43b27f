import { splitSheetAddress } from '../../../src/domain/a1/splitSheetAddress';

describe('splitSheetAddress', () => {
  it('returns the unquoted sheet and the local address', () => {
    expect(splitSheetAddress("'Kommun''s blad'!B2:C3")).toEqual({ sheet: "Kommun's blad", local: 'B2:C3' });
    expect(splitSheetAddress('A1')).toEqual({ sheet: undefined, local: 'A1' });
  });
});
