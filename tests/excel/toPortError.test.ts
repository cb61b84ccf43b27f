import { toPortError } from '../../src/excel/toPortError';
import { FakeOfficeError } from '../helpers/fakeExcel/FakeOfficeError';

describe('toPortError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large'],
    ['ItemNotFound', 'not-found'],
    ['AccessDenied', 'access-denied'],
    ['GeneralException', 'general'],
  ])('returns %s as %s with sv and en messages', (code, expected) => {
    const error = toPortError(new FakeOfficeError(code, 'x'));
    expect(error.code).toBe(expected);
    expect(error.message.sv.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
  });

  it('rethrows errors that did not come from Office', () => {
    const bug = new TypeError('undefined is not a function');
    expect(() => toPortError(bug)).toThrow(bug);
  });
});
