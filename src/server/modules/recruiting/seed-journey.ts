import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { DemoSeed } from '../../platform/module';
import { addRolledClicks, ensureLink } from '../links';
import { clicks as rawClicks } from '../links/schema';
import { shares } from '../sharing/schema';
import { promoteJob } from './promote-job';
import type { JobRow } from './rows';
import { applications, jobViews } from './schema';

const DAY = 86_400_000;

/**
 * The journey's demo: job page views of the last weeks by source; the first job in the feed, shared by the demo
 * employee (their share at the origin of candidates); and the hired candidate linked to the onboarding seed's newest
 * hire, who already made a first share of that job, which brought clicks: the circle closed once.
 */
export async function seedJourney(ctx: Ctx, demo: DemoSeed, jobRows: JobRow[], employeeId: string | undefined) {
  for (const [j, job] of jobRows.entries())
    for (let d = 1; d <= 40; d++) {
      const day = new Date(demo.now.getTime() - d * DAY).toISOString().slice(0, 10);
      const base = demo.random.int(0, 6 - j);
      await ctx.db.insert(jobViews).values([
        { orgId: demo.orgId, jobId: job.id, day, source: 'share', views: base * 2 },
        { orgId: demo.orgId, jobId: job.id, day, source: 'careers', views: base + demo.random.int(0, 3) },
        { orgId: demo.orgId, jobId: job.id, day, source: 'other', views: demo.random.int(0, 2) },
      ]);
    }
  const promoted = await promoteJob({ ctx, input: { id: jobRows[0].id } });
  const postId = promoted.postId as string;
  // The onboarding seed's hires are the last active people with a manager and no demo login.
  const hires = demo.people.filter((p) => p.status === 'active' && !p.login && p.managerId);
  const newcomer = hires[hires.length - 1];
  const share = async (personId: string, daysAgo: number, clicks: number) => {
    const at = new Date(demo.now.getTime() - daysAgo * DAY);
    const link = await ensureLink({
      ctx,
      input: { postId, personId, network: 'linkedin', destination: promoted.publicUrl, department: null, site: null },
    });
    await ctx.db.insert(shares).values({
      orgId: demo.orgId,
      postId,
      personId,
      network: 'linkedin',
      text: 'Cerchiamo colleghi in produzione: venite a conoscerci!',
      linkId: link.id,
      distanceFromSuggestions: 1,
      personalised: true,
      status: 'confirmed',
      createdAt: at,
    });
    // Raw clicks and their daily count agree (as the click writer leaves them): one every 20 minutes after the share.
    const counted = new Map<string, number>();
    const raw = Array.from({ length: clicks }, (_, k) => new Date(at.getTime() + (k + 1) * 20 * 60_000))
      .filter((when) => when < demo.now)
      .map((when, k) => {
        const day = when.toISOString().slice(0, 10);
        counted.set(day, (counted.get(day) ?? 0) + 1);
        return {
          id: crypto.randomUUID(),
          orgId: demo.orgId,
          linkId: link.id,
          at: when,
          hourBucket: new Date(Math.floor(when.getTime() / 3_600_000) * 3_600_000),
          visitorHash: crypto.createHash('sha256').update(`${link.id}|${k}`).digest('hex'),
          referrerHost: 'www.linkedin.com',
          deviceClass: k % 3 === 0 ? ('desktop' as const) : ('mobile' as const),
        };
      });
    if (raw.length) await ctx.db.insert(rawClicks).values(raw);
    await addRolledClicks(
      ctx.db,
      [...counted].map(([day, n]) => ({ linkId: link.id, day, clicks: n })),
    );
  };
  if (employeeId) await share(employeeId, 19, 23);
  if (!newcomer) return;
  await share(newcomer.id, 3, 9);
  // The hired candidate is the newcomer: linked to their directory person, under the same name.
  await ctx.db
    .update(applications)
    .set({ personId: newcomer.id, name: newcomer.name })
    .where(and(eq(applications.orgId, demo.orgId), eq(applications.stage, 'hired')));
}
