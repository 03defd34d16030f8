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

// base64url's alphabet, as 6-bit values (-1: not in it).
const SIXBITS = new Int8Array(128).fill(-1);
for (const [i, ch] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries())
  SIXBITS[ch.charCodeAt(0)] = i;

/**
 * 30 bits of a visitor hash (visitor.ts: base64url of a SHA-256, already uniform) read from its characters `from` to
 * `from + 4`, or -1 if one of them is not base64url. Cheaper than hashing the string again.
 */
function bitsAt(s: string, from: number): number {
  let v = 0;
  for (let i = from; i < from + 5; i++) {
    const c = s.charCodeAt(i);
    const six = c < 128 ? SIXBITS[c] : -1;
    if (six < 0) return -1;
    v = (v << 6) | six;
  }
  return v;
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
 * shared by two keys would leave the second visitor's click out, so it is wide enough (32 bits of the link, 90 to 96 of the
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
    const lanes = this.visitorLanes(visitorHash);
    const b = lanes[0];
    const c = lanes[1];
    const d = lanes[2];
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

  private readonly lanes = new Uint32Array(3);

  /** 96 bits of the visitor (90 read off a hash from visitor.ts, hashed otherwise); the last lane is never 0. */
  private visitorLanes(v: string): Uint32Array {
    const out = this.lanes;
    const b = v.length >= 15 ? bitsAt(v, 0) : -1;
    const c = b >= 0 ? bitsAt(v, 5) : -1;
    const d = c >= 0 ? bitsAt(v, 10) : -1;
    if (d >= 0) {
      out[0] = b;
      out[1] = c;
      out[2] = d | 0x40000000; // an empty slot is all zeros
    } else {
      out[0] = hash32(v, 0x9747b28c);
      out[1] = hash32(v, 0x5bd1e995);
      out[2] = hash32(v, 0x1b873593) | 1;
    }
    return out;
  }
}
