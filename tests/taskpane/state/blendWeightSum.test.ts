import { blendWeightSum } from '../../../src/taskpane/state/blendWeightSum';

describe('blendWeightSum', () => {
  it('returns 100 exactly for 33,33 + 33,33 + 33,34 (floats would give 99,99999999999999)', () => {
    expect(blendWeightSum(['33,33', '33,33', '33.34'])).toEqual({
      text: '100',
      complete: true,
      unreadable: 0,
    });
  });

  it('returns an incomplete 90 for 60 + 30, numbers and text alike', () => {
    expect(blendWeightSum([60, '30'])).toEqual({ text: '90', complete: false, unreadable: 0 });
  });

  it('returns the sum with a decimal comma when it has decimals', () => {
    expect(blendWeightSum(['12,5', '50'])).toMatchObject({ text: '62,5', complete: false });
  });

  describe('edge cases', () => {
    it('counts a weight that is no number as 0, and says how many there were', () => {
      expect(blendWeightSum(['hälften', '100'])).toEqual({ text: '100', complete: true, unreadable: 1 });
    });

    it('returns 0 for no weights', () => {
      expect(blendWeightSum([])).toEqual({ text: '0', complete: false, unreadable: 0 });
    });
  });
});
