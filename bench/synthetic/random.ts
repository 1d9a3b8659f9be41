/**
 * A seedable random source for the synthetic project, so that every benchmark run measures the same bytes.
 */
export type Random = () => number;

/** mulberry32: tiny, seedable, good enough to vary generated code. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Where a generated module lives and what it is about: `file` is relative to the project root. */
export interface ModuleName {
  readonly area: string;
  readonly noun: string;
  readonly file: string;
}
