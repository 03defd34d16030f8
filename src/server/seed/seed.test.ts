import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVisiblePosts } from '../modules/content';
import { clickDaily, clicks, links } from '../modules/links/schema';
import { organisations } from '../modules/organisations/schema';
import { people } from '../modules/people/schema';
import { shares } from '../modules/sharing/schema';
import { systemCtx } from '../platform/ctx';
import { signIn } from '../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform';
import { DEMO_PASSWORD, seedDemo } from '.';

describe('demo seed', () => {
  let tp: TestPlatform;
  let orgId: string;
  const tag = crypto.randomBytes(3).toString('hex');
  const domain = `${tag}.aurora.example`;
  let summary: Awaited<ReturnType<typeof seedDemo>>;

  beforeAll(async () => {
    tp = await createTestPlatform();
    summary = await seedDemo(tp.platform, { force: true, domain, slug: `aurora-${tag}`, auth: tp.auth });
    const [org] = await tp.platform.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, `aurora-${tag}`));
    orgId = org.id;
  }, 120_000);
  afterAll(async () => tp?.close());

  it('creates an Italian company of about 200 people on three sites and ten professional families, with a sound hierarchy', async () => {
    const rows = await tp.platform.db.select().from(people).where(eq(people.orgId, orgId));
    expect(rows.length).toBeGreaterThanOrEqual(190);
    expect(new Set(rows.map((r) => r.site))).toEqual(new Set(['Parma', 'Milano', 'Piacenza']));
    expect(new Set(rows.map((r) => r.department)).size).toBe(10);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) {
      const seen = new Set<string>();
      for (let m = r.managerId; m; m = byId.get(m)?.managerId ?? null) {
        expect(byId.has(m), 'manager in the same organisation').toBe(true);
        expect(seen.has(m), 'no cycle').toBe(false);
        seen.add(m);
      }
    }
    expect(rows.filter((r) => !r.managerId)).toHaveLength(1);
  });

  it('prints six demo logins that really sign in with their roles and language', async () => {
    expect(summary?.password).toBe(DEMO_PASSWORD);
    expect(summary?.logins).toHaveLength(6);
    const expectations: Record<string, { permission: string; locale: string }> = {
      [`admin@${domain}`]: { permission: 'org.settings', locale: 'it' },
      [`comunicazione@${domain}`]: { permission: 'content.write', locale: 'it' },
      [`hr@${domain}`]: { permission: 'people.write', locale: 'it' },
      [`manager@${domain}`]: { permission: 'analytics.team', locale: 'it' },
      [`dipendente@${domain}`]: { permission: 'share', locale: 'it' },
      [`employee.en@${domain}`]: { permission: 'share', locale: 'en' },
    };
    for (const { email } of summary!.logins) {
      const api = await signIn(tp, email, DEMO_PASSWORD);
      const me = (await (await api.get('/api/me')).json()) as {
        permissions: string[];
        locale: string;
        organisation: { id: string };
      };
      expect(me.organisation.id).toBe(orgId);
      expect(me.permissions).toContain(expectations[email].permission);
      expect(me.locale).toBe(expectations[email].locale);
    }
    const [mgr] = await tp.platform.db
      .select()
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.email, `manager@${domain}`)));
    const reports = await tp.platform.db.select().from(people).where(eq(people.managerId, mgr.id));
    expect(reports.length).toBeGreaterThanOrEqual(7);
  });

  it('has 90 days of shares and clicks whose daily rollup matches the raw clicks', async () => {
    const [s] = await tp.platform.db
      .select({
        n: sql<number>`count(*)::int`,
        first: sql<string>`min(${shares.createdAt})`,
        people: sql<number>`count(distinct ${shares.personId})::int`,
      })
      .from(shares)
      .where(eq(shares.orgId, orgId));
    expect(s.n).toBeGreaterThan(300);
    expect(s.people).toBeGreaterThan(30);
    expect(Date.now() - new Date(s.first).getTime()).toBeGreaterThan(75 * 86_400_000);
    const raw = await tp.platform.db
      .select({
        link: clicks.linkId,
        day: sql<string>`to_char(${clicks.at} at time zone 'UTC', 'YYYY-MM-DD')`,
        n: sql<number>`count(*)::int`,
      })
      .from(clicks)
      .where(eq(clicks.orgId, orgId))
      .groupBy(clicks.linkId, sql`2`);
    const rolled = await tp.platform.db.select().from(clickDaily).where(eq(clickDaily.orgId, orgId));
    expect(raw.length).toBeGreaterThan(100);
    expect(new Map(rolled.map((r) => [`${r.linkId}|${r.day}`, r.clicks]))).toEqual(
      new Map(raw.map((r) => [`${r.link}|${r.day}`, r.n])),
    );
    const inconsistent = await tp.platform.db
      .select({ n: sql<number>`count(*)::int` })
      .from(shares)
      .where(and(eq(shares.orgId, orgId), sql`${shares.personalised} <> (${shares.distanceFromSuggestions} >= 0.3)`));
    expect(inconsistent[0].n).toBe(0);
    const personalised = await tp.platform.db
      .select({ n: sql<number>`count(*)::int` })
      .from(shares)
      .where(and(eq(shares.orgId, orgId), eq(shares.personalised, true)));
    expect(personalised[0].n).toBeGreaterThan(s.n * 0.3);
    expect(personalised[0].n).toBeLessThan(s.n);
    const linkCount = await tp.platform.db.select({ n: sql<number>`count(*)::int` }).from(links).where(eq(links.orgId, orgId));
    expect(linkCount[0].n).toBe(s.n);
  });

  it('leaves posts in the Italian employee’s feed that they have not shared yet', async () => {
    const [me] = await tp.platform.db
      .select()
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.email, `dipendente@${domain}`)));
    const feed = await listVisiblePosts({
      ctx: systemCtx(tp.platform, orgId),
      input: { personId: me.id, department: me.department, site: me.site, languages: me.contentLanguages, limit: 50 },
    });
    const mine = await tp.platform.db.select().from(shares).where(eq(shares.personId, me.id));
    expect(mine.length).toBeGreaterThan(0);
    expect(feed.filter((p) => !mine.some((s) => s.postId === p.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('does nothing when an organisation already exists', async () => {
    expect(await seedDemo(tp.platform)).toBeNull();
  });
});
