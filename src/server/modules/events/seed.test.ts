import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../seed';
import { signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ContentMeasures } from '../analytics/content-contract';
import type { EventMeasureT, EventViewT, SwapViewT } from './contract';
import { ok } from './test-data';

const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describe('events demo data', () => {
  let tp: TestPlatform;
  const tag = crypto.randomBytes(3).toString('hex');
  const domain = `${tag}.aurora.example`;
  const as = (who: string) => signIn(tp, `${who}@${domain}`, DEMO_PASSWORD);

  beforeAll(async () => {
    tp = await createTestPlatform();
    await seedDemo(tp.platform, { force: true, domain, slug: `aurora-${tag}`, auth: tp.auth });
  }, 300_000);
  afterAll(async () => tp?.close());

  it('has last month’s plant visit with attendees and stories, a full event with a waiting list, a job swap', {
    timeout: 120_000,
  }, async () => {
    const editor = await as('comunicazione');
    const { events } = await ok<{ events: EventViewT[] }>(editor.get('/api/events/managed'));
    const visit = events.find((e) => e.type === 'plant_visit');
    expect(new Date(visit?.startsAt ?? 0).getTime()).toBeLessThan(Date.now());
    expect(events.some((e) => e.type === 'job_swap')).toBe(true);
    const full = events.find((e) => e.confirmed >= e.capacity && e.waiting > 0 && new Date(e.startsAt).getTime() > Date.now());
    expect(full).toBeDefined();
    const m = await ok<{ events: EventMeasureT[] }>(editor.get('/api/events/measures'));
    const vm = m.events.find((x) => x.eventId === visit?.id);
    expect(vm?.attended).toBeGreaterThan(5);
    expect(vm?.attendanceRate).toBeGreaterThan(0.5);
    expect(vm?.stories).toBeGreaterThan(0);
    const employee = await as('dipendente');
    const mine = await ok<{ events: EventViewT[] }>(employee.get('/api/events'));
    expect(mine.events.some((e) => e.id === full?.id && e.mine === null)).toBe(true);
    const manager = await as('manager');
    const swaps = await ok<{ swaps: SwapViewT[] }>(manager.get('/api/events/swaps'));
    expect(swaps.swaps.some((s) => s.canDecide)).toBe(true);
  });

  it('shows the stories and events measures on the analytics page, and the plant visit’s public gallery', {
    timeout: 120_000,
  }, async () => {
    const admin = await as('admin');
    const m = await ok<ContentMeasures>(admin.get(`/api/analytics/content?from=${day(-60)}&to=${day(0)}`));
    expect(m.stories.approved).toBeGreaterThanOrEqual(3);
    expect(m.stories.medianHoursToModeration).toBeGreaterThan(0);
    // Employee stories were shared and clicked, so the comparison with corporate posts has two sides.
    expect(m.comparison.stories.shares).toBeGreaterThan(0);
    expect(m.comparison.stories.clicksPerShare).toBeGreaterThan(0);
    expect(m.comparison.corporate.shares).toBeGreaterThan(0);
    expect(m.events).toMatchObject({ count: 1, stories: 2 });
    expect(m.events.storyClicks).toBeGreaterThan(0);
    const visit = m.byEvent[0];
    const res = await tp.app.request(`/gallery/aurora-${tag}/${visit.eventId}`);
    expect(res.status).toBe(200);
  });
});
