import { systemCtx } from '../../platform/ctx';
import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { hashToken } from './candidate-tokens';
import { emailKey } from './email-key';
import { applications, jobs, type PointKind, points, referrals, rewards, type Stage, stageEvents } from './schema';
import { seedInterviews } from './seed-interviews';
import { seedJobs } from './seed-jobs';
import { seedJourney } from './seed-journey';
import { DEFAULT_POINTS } from './settings';

const DAY = 86_400_000;
// A one-page PDF, enough for the demo's CV downloads.
const DEMO_CV = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const candidates: { name: string; job: number; stages: Stage[]; via: 'share' | 'referral' | 'careers' }[] = [
  { name: 'Giulia Ferraro', job: 0, stages: ['applied', 'screening', 'interview'], via: 'share' },
  { name: 'Davide Colombo', job: 0, stages: ['applied'], via: 'careers' },
  { name: 'Sofia Marchetti', job: 1, stages: ['applied', 'screening'], via: 'referral' },
  { name: 'Matteo Greco', job: 2, stages: ['applied', 'screening', 'interview', 'offer', 'hired'], via: 'referral' },
  { name: 'Elena Rinaldi', job: 3, stages: ['applied', 'screening', 'rejected'], via: 'careers' },
  { name: 'Paolo Fontana', job: 3, stages: ['applied', 'screening', 'interview'], via: 'referral' },
];

/**
 * Four open jobs, candidates at every stage from the careers page, employee shares and referrals (one hired, with its
 * points and staged rewards), and two referrals still waiting for consent. Written in their final state; no mail queued.
 */
export async function seedRecruiting(platform: Platform, demo: DemoSeed): Promise<void> {
  const ctx = { ...systemCtx(platform, demo.orgId), db: demo.db };
  const hr = demo.people.find((p) => p.login === 'hr');
  const employees = demo.people.filter((p) => p.status === 'active' && p.roles.includes('employee') && !p.login);
  const employee = demo.people.find((p) => p.login === 'employee') ?? employees[0];
  const at = (daysAgo: number) => new Date(demo.now.getTime() - daysAgo * DAY);
  const jobRows = [];
  const interviewed: { id: string; job: number; at: Date }[] = [];
  for (const def of seedJobs) {
    const { closesInDays, ...fields } = def;
    const [row] = await ctx.db
      .insert(jobs)
      .values({
        ...fields,
        orgId: demo.orgId,
        status: 'open',
        closesOn: new Date(demo.now.getTime() + closesInDays * DAY).toISOString().slice(0, 10),
        openedAt: at(20),
        createdBy: hr?.id ?? null,
        createdAt: at(22),
      })
      .returning();
    jobRows.push(row);
  }
  for (const [i, c] of candidates.entries()) {
    const job = jobRows[c.job];
    const referrer = c.via === 'careers' ? null : i % 2 === 0 ? employee : demo.random.pick(employees);
    const email = `${c.name.toLowerCase().replace(/\s+/g, '.')}@example.com`;
    const start = 18 - i;
    const cvKey = `orgs/${demo.orgId}/recruiting/cv/${demo.random.uuid()}.pdf`;
    await platform.storage.put(cvKey, DEMO_CV, 'application/pdf');
    const id = demo.random.uuid();
    const last = c.stages.length - 1;
    await ctx.db.insert(applications).values({
      id,
      orgId: demo.orgId,
      jobId: job.id,
      name: c.name,
      email,
      emailKey: emailKey(email),
      cvKey,
      cvSize: DEMO_CV.length,
      consentAt: at(start),
      retainUntil: new Date(at(start).getTime() + 365 * DAY),
      source: c.via,
      referrerId: referrer?.id ?? null,
      stage: c.stages[last],
      stageAt: at(start - last * 3),
      shortlisted: c.stages.includes('interview'),
      createdAt: at(start),
    });
    const k = c.stages.indexOf('interview');
    if (k >= 0) interviewed.push({ id, job: c.job, at: at(start - k * 3) });
    await ctx.db
      .insert(stageEvents)
      .values(c.stages.map((stage, k) => ({ orgId: demo.orgId, applicationId: id, stage, at: at(start - k * 3) })));
    if (!referrer) continue;
    let subject = id;
    if (c.via === 'referral') {
      const [ref] = await ctx.db
        .insert(referrals)
        .values({
          orgId: demo.orgId,
          jobId: job.id,
          referrerId: referrer.id,
          name: c.name,
          email,
          emailKey: emailKey(email),
          why: 'Abbiamo lavorato insieme: preciso/a e sempre disponibile.',
          tokenHash: hashToken(demo.random.uuid()),
          status: 'consented',
          consentedAt: at(start),
          applicationId: id,
          createdAt: at(start + 1),
        })
        .returning();
      subject = ref.id;
    }
    const rungs: PointKind[] = [c.via === 'referral' ? 'referral' : 'application'];
    if (c.stages.includes('interview')) rungs.push('interview');
    if (c.stages.includes('hired')) rungs.push('hire');
    await ctx.db.insert(points).values(
      rungs.map((kind) => ({
        orgId: demo.orgId,
        personId: referrer.id,
        kind,
        subjectId: kind === 'referral' ? subject : id,
        points: DEFAULT_POINTS[kind],
      })),
    );
    if (c.stages.includes('hired'))
      await ctx.db.insert(rewards).values([
        {
          orgId: demo.orgId,
          personId: referrer.id,
          subjectId: id,
          step: 'hire' as const,
          status: 'approved' as const,
          approvedBy: hr?.id ?? null,
          approvedAt: at(2),
        },
        { orgId: demo.orgId, personId: referrer.id, subjectId: id, step: 'trial' as const },
      ]);
  }
  await seedInterviews(platform, ctx, { jobs: jobRows, interviewed, sentBy: hr?.id ?? null });
  await seedJourney(ctx, demo, jobRows, employee?.id);
  // Two referrals still waiting for the person's consent (HR see no names yet).
  for (const [k, name] of ['Chiara Benedetti', 'Andrea Moretti'].entries()) {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`;
    await ctx.db.insert(referrals).values({
      orgId: demo.orgId,
      jobId: jobRows[k === 0 ? 0 : 3].id,
      referrerId: (k === 0 ? employee : demo.random.pick(employees)).id,
      name,
      email,
      emailKey: emailKey(email),
      why: 'Conosce bene il settore.',
      tokenHash: hashToken(demo.random.uuid()),
      remindedAt: k === 0 ? at(1) : null,
      createdAt: at(k === 0 ? 3 : 0.5),
    });
  }
}
