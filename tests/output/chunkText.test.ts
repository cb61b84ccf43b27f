import { chunkText } from '../../src/output/chunkText';

describe('chunkText', () => {
  it('returns pieces of at most the size that join back to the text', () => {
    expect(chunkText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
  });

  it('returns no pieces for empty text', () => {
    expect(chunkText('')).toEqual([]);
  });

  it('keeps a surrogate pair in one piece', () => {
    expect(chunkText('ab😀c', 3)).toEqual(['ab', '😀c']);
  });

  it('throws for a size below 2', () => {
    expect(() => chunkText('abc', 1)).toThrow(RangeError);
  });
});
