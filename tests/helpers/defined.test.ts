import { defined, only } from './defined';

describe('defined', () => {
  it('returns the value, 0 and empty text included', () => {
    expect(defined(0)).toBe(0);
    expect(defined('')).toBe('');
  });

  it('throws naming what was missing for undefined and null', () => {
    expect(() => defined(undefined, 'Avesta')).toThrow('expected Avesta to be defined');
    expect(() => defined(null, 'the table')).toThrow('expected the table to be defined');
  });
});

describe('only', () => {
  it('returns the one element', () => {
    expect(only(['Leksand'])).toBe('Leksand');
  });

  it('throws with the count when there are none or several', () => {
    expect(() => only([], 'sheet')).toThrow('expected exactly one sheet, got 0');
    expect(() => only([1, 2], 'sheet')).toThrow('expected exactly one sheet, got 2');
  });
});
