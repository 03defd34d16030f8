import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TestPlatform } from '../../testing/test-platform';
import { posts } from '../content/schema';
import { addRolledClicks } from '../links';
import { links } from '../links/schema';
import { organisations } from '../organisations/schema';
import { sharerProfiles, shares } from '../sharing/schema';

/** Test-only writers for the tables analytics reads (the real writers belong to the sharing and links modules). */
type Person = { id: string; orgId: string; department: string | null; site: string | null };

export async function setRates(tp: TestPlatform, orgId: string, costPerClick: number, cpm: number) {
  await tp.platform.db.update(organisations).set({ settings: { costPerClick, cpm } }).where(eq(organisations.id, orgId));
}

export async function addPost(tp: TestPlatform, orgId: string, title: string, topics: string[]) {
  const [post] = await tp.platform.db
    .insert(posts)
    .values({ orgId, title, url: 'https://example.test/post', topics, status: 'published' })
    .returning();
  return post;
}

export async function optOut(tp: TestPlatform, p: Person) {
  await tp.platform.db.insert(sharerProfiles).values({ orgId: p.orgId, personId: p.id, rankingOptOut: true });
}

/** A share on `day` (noon UTC) plus its link, and its counted clicks per day (`clicks`), rolled up. */
export async function addShare(
  tp: TestPlatform,
  p: Person,
  postId: string,
  opts: {
    network: string;
    day: string;
    audience?: number;
    personalised: boolean;
    clicks?: Record<string, number>;
    /** The person said they posted it (otherwise the share stays started). */
    confirmed?: boolean;
  },
) {
  const db = tp.platform.db;
  const [link] = await db
    .insert(links)
    .values({
      orgId: p.orgId,
      code: crypto.randomBytes(6).toString('hex'),
      destination: 'https://example.test/post',
      postId,
      personId: p.id,
      network: opts.network,
      department: p.department,
      site: p.site,
    })
    .returning();
  await db.insert(shares).values({
    orgId: p.orgId,
    postId,
    personId: p.id,
    network: opts.network,
    text: 'My own words',
    linkId: link.id,
    distanceFromSuggestions: opts.personalised ? 0.6 : 0.1,
    personalised: opts.personalised,
    audienceSize: opts.audience ?? null,
    department: p.department,
    site: p.site,
    status: opts.confirmed ? 'confirmed' : 'started',
    createdAt: new Date(`${opts.day}T12:00:00Z`),
  });
  // As the click rollup counts them: per link and day, and at the grains dashboards read.
  await addRolledClicks(
    db,
    Object.entries(opts.clicks ?? {}).map(([day, clicks]) => ({ linkId: link.id, day, clicks })),
  );
  return link;
}
