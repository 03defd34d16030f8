import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const origin = 'https://voce.example';

describe('the page after signing in', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNext('/admin/outbox?page=2', origin)).toBe('/admin/outbox?page=2');
  });

  it('never leaves the site', () => {
    for (const bad of ['//evil.example', 'https://evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'feed', '', null])
      expect(safeNext(bad, origin), String(bad)).toBe('/');
  });
});
