import { checkerOptions, parseIsolatedOutput } from '../../bench/isolated';

describe('bench cases in a process of their own', () => {
  it('gives large sheets at most 5 runs in 20 s and small ones 300 ms of runs, as the bench did in-process', () => {
    expect(checkerOptions('check 100 000 rows × 20 columns')).toEqual({
      minRuns: 5,
      maxRuns: 5,
      warmup: 0,
      maxTimeMs: 20_000,
    });
    expect(checkerOptions('check 20 000 rows × 20 columns')).toEqual({
      minRuns: 5,
      maxRuns: 5,
      warmup: 0,
      maxTimeMs: 20_000,
    });
    expect(checkerOptions('check 2 000 rows × 20 columns with key (key-deviation on 17 columns)')).toEqual({
      maxRuns: 40,
      minTimeMs: 300,
    });
  });

  it("takes the child's report from its last marked line, whatever the case printed before", () => {
    const stdout =
      'bench-isolated-result {"name":"old"}\n{"not":"this"}\nbench-isolated-result {"name":"check","peakRssMb":538}\n';
    expect(parseIsolatedOutput(stdout)).toEqual({ name: 'check', peakRssMb: 538 });
    expect(() => parseIsolatedOutput('{"name":"unmarked"}\n')).toThrow(/bench-isolated-result/);
  });
});
