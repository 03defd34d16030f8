import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { eventRegistrations, events } from '../events/schema';
import { stories, storyModeration } from '../stories/schema';
import type { ContentMeasures } from './content-contract';
import { addPost, addShare } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const at = (iso: string) => new Date(iso);
type Person = { id: string; orgId: string; department: string | null; site: string | null };

/** A story submitted at `submitted`, decided `hours` later (approved → a post), with its moderation steps. */
async function story(
  author: Person,
  opts: { submitted: string; hours?: number; decision?: 'approved' | 'declined'; eventId?: string; postId?: string },
) {
  const db = tp.platform.db;
  const decidedAt = opts.hours === undefined ? null : new Date(at(opts.submitted).getTime() + opts.hours * 3_600_000);
  const [s] = await db
    .insert(stories)
    .values({
      orgId: author.orgId,
      authorId: author.id,
      locale: 'it',
      body: 'La nostra giornata',
      consentAt: at(opts.submitted),
      status: opts.decision ?? 'pending',
      eventId: opts.eventId,
      postId: opts.postId,
      submittedAt: at(opts.submitted),
      decidedAt,
    })
    .returning();
  await db
    .insert(storyModeration)
    .values({ orgId: author.orgId, storyId: s.id, action: 'submitted', createdAt: at(opts.submitted) });
  if (opts.decision && decidedAt)
    await db.insert(storyModeration).values({ orgId: author.orgId, storyId: s.id, action: opts.decision, createdAt: decidedAt });
  return s;
}

async function event(orgId: string, title: string, startsAt: string, capacity: number) {
  const [e] = await tp.platform.db
    .insert(events)
    .values({
      orgId,
      type: 'plant_visit',
      titleIt: title,
      titleEn: `${title} (en)`,
      startsAt: at(startsAt),
      endsAt: new Date(at(startsAt).getTime() + 3 * 3_600_000),
      capacity,
      status: 'published',
    })
    .returning();
  return e;
}

async function register(
  e: { id: string; orgId: string },
  p: Person,
  status: 'confirmed' | 'waiting' | 'cancelled',
  checkedIn = false,
) {
  await tp.platform.db.insert(eventRegistrations).values({
    orgId: e.orgId,
    eventId: e.id,
    personId: p.id,
    status,
    checkinCode: `code-${p.id}`,
    checkedInAt: checkedIn ? at('2026-03-05T10:00:00Z') : null,
  });
}

/**
 * March 2026. Sales (Milano): anna, bruno (anna's manager is mara). Ops (Torino): carla.
 * Stories: anna's approved after 2 h (plant visit, a post shared with 9 clicks), bruno's approved after 6 h (no event),
 * carla's declined after 10 h, and one still pending; one of February (outside). Corporate post: 2 shares, 4 clicks.
 * Plant visit (5 March, 2 seats): anna and bruno confirmed, anna checked in, carla waiting, one cancelled.
 */
async function fixture() {
  const org = await createOrg(tp);
  const admin = await createPerson(tp, org.id, { roles: ['admin'], locale: 'en' });
  const mara = await createPerson(tp, org.id, { roles: ['employee', 'manager'], department: 'Sales', site: 'Milano' });
  const anna = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano', managerId: mara.id });
  const bruno = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano' });
  const carla = await createPerson(tp, org.id, { department: 'Ops', site: 'Torino' });
  const dario = await createPerson(tp, org.id, { department: 'Ops', site: 'Torino' });
  const visit = await event(org.id, 'Visita Torino', '2026-03-05T09:00:00Z', 2);
  await event(org.id, 'Fuori periodo', '2026-04-05T09:00:00Z', 10);
  const annaPost = await addPost(tp, org.id, 'Storia di Anna', []);
  const brunoPost = await addPost(tp, org.id, 'Storia di Bruno', []);
  const corporate = await addPost(tp, org.id, 'Nuovo stabilimento', []);
  await story(anna, {
    submitted: '2026-03-06T08:00:00Z',
    hours: 2,
    decision: 'approved',
    eventId: visit.id,
    postId: annaPost.id,
  });
  await story(bruno, { submitted: '2026-03-07T08:00:00Z', hours: 6, decision: 'approved', postId: brunoPost.id });
  await story(carla, { submitted: '2026-03-08T08:00:00Z', hours: 10, decision: 'declined' });
  await story(dario, { submitted: '2026-03-09T08:00:00Z' });
  await story(dario, { submitted: '2026-02-09T08:00:00Z', hours: 1, decision: 'declined' });
  await addShare(tp, anna, annaPost.id, {
    network: 'linkedin',
    day: '2026-03-10',
    personalised: true,
    clicks: { '2026-03-10': 9 },
  });
  await addShare(tp, bruno, brunoPost.id, {
    network: 'linkedin',
    day: '2026-03-10',
    personalised: true,
    clicks: { '2026-03-11': 3 },
  });
  await addShare(tp, carla, corporate.id, {
    network: 'linkedin',
    day: '2026-03-12',
    personalised: false,
    clicks: { '2026-03-12': 3 },
  });
  await addShare(tp, dario, corporate.id, { network: 'x', day: '2026-03-12', personalised: false, clicks: { '2026-03-13': 1 } });
  await register(visit, anna, 'confirmed', true);
  await register(visit, bruno, 'confirmed');
  await register(visit, carla, 'waiting');
  await register(visit, dario, 'cancelled');
  return { org, admin, mara, anna, visit, api: await signIn(tp, admin.email), manager: await signIn(tp, mara.email) };
}

const Q = '?from=2026-03-01&to=2026-03-31';

describe('stories and events on the analytics page', () => {
  it('counts stories, compares clicks per share and measures events against a hand-built month', async () => {
    const k = await fixture();
    const m = (await (await k.api.get(`/api/analytics/content${Q}`)).json()) as ContentMeasures;
    expect(m.stories).toEqual({ submitted: 4, approved: 2, declined: 1, medianHoursToModeration: 6 });
    expect(m.comparison.stories).toEqual({ posts: 2, shares: 2, clicks: 12, clicksPerShare: 6 });
    expect(m.comparison.corporate).toEqual({ posts: 1, shares: 2, clicks: 4, clicksPerShare: 2 });
    expect(m.events).toEqual({
      count: 1,
      registrations: 3,
      waiting: 1,
      attended: 1,
      attendanceRate: 0.5,
      stories: 1,
      storiesPerEvent: 1,
      storyClicks: 9,
      galleryClicks: 0,
    });
    expect(m.byEvent).toMatchObject([{ eventId: k.visit.id, title: 'Visita Torino (en)', capacity: 2, registrations: 3 }]);
  });

  it('applies the department filter to authors, shares and registrations', async () => {
    const k = await fixture();
    const m = (await (await k.api.get(`/api/analytics/content${Q}&department=Ops`)).json()) as ContentMeasures;
    expect(m.stories).toMatchObject({ submitted: 2, approved: 0, declined: 1 });
    expect(m.comparison.stories.shares).toBe(0);
    expect(m.comparison.corporate).toMatchObject({ shares: 2, clicks: 4 });
    expect(m.events).toMatchObject({ count: 1, registrations: 1, waiting: 1, attended: 0, attendanceRate: null, stories: 0 });
  });

  it('shows a manager their team only', async () => {
    const k = await fixture();
    const m = (await (await k.manager.get(`/api/analytics/content${Q}`)).json()) as ContentMeasures;
    expect(m.scope).toBe('team');
    expect(m.stories).toMatchObject({ submitted: 1, approved: 1, medianHoursToModeration: 2 });
    expect(m.comparison.stories).toMatchObject({ shares: 1, clicks: 9 });
    expect(m.events).toMatchObject({ registrations: 1, attended: 1, attendanceRate: 1, storyClicks: 9 });
  });

  it('exports both tables through the page’s download, with the same filters', async () => {
    const k = await fixture();
    const text = async (url: string) => (await (await k.api.get(url)).text()).replace(/^\uFEFF/, '').split('\r\n');
    const summary = await text(`/api/analytics/export/stories.csv${Q}`);
    expect(summary[0]).toBe('Measure,2026-03-01 – 2026-03-31');
    expect(summary).toContain('Stories submitted,4');
    expect(summary).toContain('Median hours to moderation,6');
    expect(summary).toContain('"Clicks per share, employee stories",6');
    expect(summary).toContain('Attendance rate (attended / confirmed),0.5');
    const perEvent = await text(`/api/analytics/export/events.csv${Q}`);
    expect(perEvent[1]).toBe(`${k.visit.id},Visita Torino (en),2026-03-05T09:00:00.000Z,2,3,1,1,50,1,9,0`);
    const xlsx = await k.api.get(`/api/analytics/export/events.xlsx${Q}&department=Ops`);
    expect(xlsx.status).toBe(200);
  });

  it('refuses who may not read analytics', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    const res = await (await signIn(tp, p.email)).get(`/api/analytics/content${Q}`);
    expect(res.status).toBe(403);
  });
});
