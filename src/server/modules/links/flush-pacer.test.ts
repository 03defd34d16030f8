import { describe, expect, it } from 'vitest';
import { FlushPacer } from './flush-pacer';

const limits = { busyUtilisation: 0.5, maxDeferMs: 30_000, maxBacklog: 1_000 };
const pacer = (utilisation: number) => new FlushPacer(limits, () => utilisation);
const now = 1_000_000;

describe('when spooled clicks are written to the database', () => {
  it('writes at once when the process has room', () => {
    expect(pacer(0.1).shouldFlush({ count: 10, oldestAt: now - 100 }, now)).toBe(true);
  });

  it('lets a burst of redirects go first, but only for so long and so many clicks', () => {
    const busy = pacer(0.97);
    expect(busy.shouldFlush({ count: 10, oldestAt: now - 1_000 }, now)).toBe(false);
    expect(busy.shouldFlush({ count: 10, oldestAt: now - 30_000 }, now)).toBe(true);
    expect(busy.shouldFlush({ count: 1_000, oldestAt: now - 1_000 }, now)).toBe(true);
  });
});
