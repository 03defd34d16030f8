import crypto from 'node:crypto';

/** Deterministic PRNG (mulberry32): every first start seeds the same company. */
export function createRandom(seed = 20260101) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const chance = (p: number) => next() < p;
  /** Picks by weight: weighted([['linkedin', 6], ['x', 1]]). */
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1][0];
  };
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  /**
   * A fresh id. Ids are identities, not demo content: a seeded id repeats in every seed, and two seeds in one database
   * (the tests on PostgreSQL) collided on it. The 32 draws are still taken, so the rest of the company stays the same.
   */
  const uuid = () => {
    hex(32);
    return crypto.randomUUID();
  };
  return { next, int, pick, chance, weighted, hex, uuid };
}

export type Random = ReturnType<typeof createRandom>;
