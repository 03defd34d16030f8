const HOUR = 3_600_000;

/**
 * The visitors this process has already recorded on each link in the current UTC hour, so a repeat visit is answered
 * without being spooled or written (it would not count anyway). Bounded: past `max` keys in one hour it stops
 * remembering new ones, and repeats beyond that are written and left to the rollup, which counts distinct (link,
 * visitor, hour) whatever reaches it. Another process never sees this memory: the same visitor answered by two processes
 * in one hour is written twice and counted once by the rollup.
 */
export class HourDedup {
  private hour = -1;
  // One set of visitors per link: no key string built per click, and smaller sets to grow.
  private seen = new Map<string, Set<string>>();
  private size = 0;

  constructor(private readonly max = 500_000) {}

  /** True the first time (link, visitor) is seen in the hour of `atMs`. */
  first(linkId: string, visitorHash: string, atMs: number): boolean {
    const hour = Math.floor(atMs / HOUR);
    if (hour !== this.hour) {
      if (hour < this.hour) return true; // a clock step back: let the rollup decide
      this.hour = hour;
      this.seen = new Map();
      this.size = 0;
    }
    let visitors = this.seen.get(linkId);
    if (visitors?.has(visitorHash)) return false;
    if (this.size >= this.max) return true;
    if (!visitors) {
      visitors = new Set();
      this.seen.set(linkId, visitors);
    }
    visitors.add(visitorHash);
    this.size++;
    return true;
  }
}
