import { describe, expect, it } from 'vitest';
import { email, isoDateTime, isoDay, isoDayBetween, isRealDay, safeString, text } from './validation';

describe('shared validation primitives', () => {
  it('refuse NUL and lone surrogates in every kind of text, keep real emoji and accents', () => {
    for (const schema of [text(100), safeString()]) {
      expect(schema.safeParse('a\u0000b').success).toBe(false);
      expect(schema.safeParse('a\uD800b').success).toBe(false);
      expect(schema.safeParse('\uDC00').success).toBe(false);
      expect(schema.safeParse('Caffè ☕ 👍🏽 perché').success).toBe(true);
    }
    expect(email().safeParse('a\u0000@x.it').success).toBe(false);
    expect(text(5).parse('  ciao  ')).toBe('ciao');
    expect(text(10, 1).safeParse('   ').success).toBe(false);
  });

  it('accept only real calendar days of years 1–9999', () => {
    expect(['2024-02-29', '0001-01-01', '9999-12-31', '1970-01-01'].every(isRealDay)).toBe(true);
    expect(
      ['2026-02-30', '2026-13-45', '0000-01-01', '2023-02-29', '2026-00-10', '2026-1-1', '12026-01-01'].some(isRealDay),
    ).toBe(false);
    expect(isoDay().safeParse('2026-02-30').success).toBe(false);
    expect(isoDayBetween('2000-01-01', '2100-12-31').safeParse('9999-12-31').success).toBe(false);
    expect(isoDayBetween('2000-01-01', '2100-12-31').safeParse('2026-06-01').success).toBe(true);
  });

  it('accept instants with an offset only when their day is real', () => {
    expect(isoDateTime().safeParse('2026-03-29T02:30:00+01:00').success).toBe(true);
    expect(isoDateTime().safeParse('2026-03-29T02:30:00Z').success).toBe(true);
    expect(isoDateTime().safeParse('2026-02-30T10:00:00Z').success).toBe(false);
    expect(isoDateTime().safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(isoDateTime().safeParse('2026-03-29T02:30:00').success).toBe(false);
  });
});
