const HOUR = 3_600_000;
const LANES = 4;

/** A 32-bit hash of a string (FNV-1a, then murmur3's finaliser so every input bit reaches every output bit). */
function hash32(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The visitors this process has already recorded on each link in the current UTC hour, so a repeat visit is answered
 * without being spooled or written (it would not count anyway). Bounded: past `max` keys in one hour it stops
 * remembering new ones, and repeats beyond that are written and left to the rollup, which counts distinct (link,
 * visitor, hour) whatever reaches it. Another process never sees this memory: the same visitor answered by two processes
 * in one hour is written twice and counted once by the rollup.
 *
 * Kept as 128-bit fingerprints of (link, visitor) in one open-addressed typed array rather than as strings in sets:
 * half a million strings an hour made the garbage collector walk hundreds of megabytes under load. A fingerprint
 * shared by two keys would leave the second visitor's click out, so it is wide enough (32 bits of the link, 96 of the
 * visitor) that among an hour's keys that does not happen.
 */
export class HourDedup {
  private hour = -1;
  private size = 0;
  private readonly mask: number;
  private readonly slots: Uint32Array;

  constructor(private readonly max = 500_000) {
    let capacity = 16;
    while (capacity < max * 2) capacity *= 2; // at most half full: probes stay short
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * LANES);
  }

  /** True the first time (link, visitor) is seen in the hour of `atMs`. */
  first(linkId: string, visitorHash: string, atMs: number): boolean {
    const hour = Math.floor(atMs / HOUR);
    if (hour !== this.hour) {
      if (hour < this.hour) return true; // a clock step back: let the rollup decide
      this.hour = hour;
      this.slots.fill(0);
      this.size = 0;
    }
    const a = hash32(linkId, 0x811c9dc5);
    const b = hash32(visitorHash, 0x9747b28c);
    const c = hash32(visitorHash, 0x5bd1e995);
    const d = (hash32(visitorHash, 0x1b873593) | 1) >>> 0; // never 0: an empty slot is all zeros
    const slots = this.slots;
    for (let i = (a ^ b) & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * LANES;
      if (slots[at + 3] === 0) {
        if (this.size >= this.max) return true;
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = c;
        slots[at + 3] = d;
        this.size++;
        return true;
      }
      if (slots[at] === a && slots[at + 1] === b && slots[at + 2] === c && slots[at + 3] === d) return false;
    }
  }
}
