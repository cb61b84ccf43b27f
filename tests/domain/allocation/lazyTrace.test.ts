import { withLazyTrace } from '../../../src/domain/allocation/_internal/lazyTrace';

describe('withLazyTrace', () => {
  it('builds the trace on first read only, then hands back the same rows', () => {
    let builds = 0;
    const pot = withLazyTrace({ potId: 'a' }, () => {
      builds++;
      return [{ rank: 1 }, { rank: 2 }];
    });
    expect(builds).toBe(0);
    const first = pot.trace;
    expect(first).toEqual([{ rank: 1 }, { rank: 2 }]);
    expect(pot.trace).toBe(first);
    expect(builds).toBe(1);
  });

  it('shows the trace as an own property to spread and to JSON, and nothing of how it is kept', () => {
    const pot = withLazyTrace({ potId: 'a' }, () => [7]);
    expect(Object.keys(pot)).toEqual(['potId', 'trace']);
    expect({ ...pot }).toEqual({ potId: 'a', trace: [7] });
    expect(JSON.stringify(pot)).toBe('{"potId":"a","trace":[7]}');
  });

  it('keeps each outcome to its own trace', () => {
    const a = withLazyTrace({}, () => ['a']);
    const b = withLazyTrace({}, () => ['b']);
    expect([b.trace, a.trace]).toEqual([['b'], ['a']]);
  });
});
