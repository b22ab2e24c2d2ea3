import { percentile } from '../measure';

export interface Spread {
  median: number;
  p90: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

/** Per-iteration differences: the arms ran side by side, so each iteration is a pair. */
export function pairedDeltas(on: readonly number[], base: readonly number[]): Spread {
  return spread(on.map((value, index) => value - base[index]!));
}
