// The victim organisation's recruiting data: a row in every recruiting table, each carrying the marker where it has text.
import crypto from 'node:crypto';
import {
  applications,
  candidateTokens,
  jobs,
  points,
  recruitingSettings,
  referrals,
  reviews,
  rewards,
  stageEvents,
} from '../../src/server/modules/recruiting/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimRecruiting(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const day = 86_400_000;
  const [job] = await db
    .insert(jobs)
    .values({
      orgId,
      status: 'open',
      titleIt: `Job ${marker}`,
      titleEn: `Job ${marker}`,
      department: marker,
      site: marker,
      locality: marker,
      contractType: 'permanent',
      descriptionIt: marker,
      descriptionEn: marker,
      requirementsIt: marker,
      requirementsEn: marker,
      closesOn: new Date(Date.now() + 30 * day).toISOString().slice(0, 10),
      faq: [{ question: marker, answer: marker }],
      managerMessage: marker,
      createdBy: v.admin.id,
    })
    .returning();
  const [app] = await db
    .insert(applications)
    .values({
      orgId,
      jobId: job.id,
      name: `Candidate ${marker}`,
      email: `${marker}@example.test`,
      emailKey: `${marker}@example.test`,
      consentAt: new Date(),
      retainUntil: new Date(Date.now() + 365 * day),
      source: 'referral',
      referrerId: v.employee.id,
    })
    .returning();
  await db.insert(stageEvents).values({ orgId, applicationId: app.id, stage: 'applied' });
  await db.insert(candidateTokens).values({
    orgId,
    applicationId: app.id,
    kind: 'link',
    tokenHash: crypto.randomBytes(16).toString('hex'),
    expiresAt: new Date(Date.now() + day),
  });
  const [ref] = await db
    .insert(referrals)
    .values({
      orgId,
      jobId: job.id,
      referrerId: v.employee.id,
      name: `Referred ${marker}`,
      email: `ref-${marker}@example.test`,
      emailKey: `ref-${marker}@example.test`,
      why: marker,
      tokenHash: crypto.randomBytes(16).toString('hex'),
      status: 'consented',
      applicationId: app.id,
    })
    .returning();
  await db
    .insert(reviews)
    .values({ orgId, applicationId: app.id, reviewerId: v.manager.id, scores: { skills: 4 }, note: marker });
  await db.insert(points).values({ orgId, personId: v.employee.id, kind: 'referral', subjectId: ref.id, points: 25 });
  await db.insert(rewards).values({ orgId, personId: v.employee.id, subjectId: app.id, step: 'hire' });
  await db
    .insert(recruitingSettings)
    .values({ orgId, retentionMonths: 7, points: { share: 5, application: 25, referral: 25, interview: 75, hire: 100 } });
}
