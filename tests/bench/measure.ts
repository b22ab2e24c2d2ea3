/** One benchmark line: how long one call took, over many runs. */
export interface BenchRow {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  target?: string;
  note?: string;
}

/** Times `run` after warm-ups; returns the median and 95th percentile of single calls. */
export function measure(
  name: string,
  run: () => unknown,
  { runs = 200, warmups = 20, target, note }: { runs?: number; warmups?: number; target?: string; note?: string } = {},
): BenchRow {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, runs, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), target, note };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
