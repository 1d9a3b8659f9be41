/**
 * Order statistics for benchmark samples: the median (the figure we compare) and the nearest-rank p90 (how bad
 * a slow run gets). Means are avoided on purpose: one run disturbed by the machine would move them.
 */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
