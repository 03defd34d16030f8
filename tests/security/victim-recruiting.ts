// The victim organisation's recruiting data: a row in every recruiting table, each carrying the marker where it has text.
import crypto from 'node:crypto';
import {
  answers,
  applications,
  candidateTokens,
  erasedCandidates,
  interviews,
  jobs,
  jobViews,
  points,
  questions,
  recruitingSettings,
  referrals,
  referrerVisitors,
  reviews,
  rewards,
  stageEvents,
  takes,
  uploads,
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
      stage: 'hired',
      personId: v.employee.id,
    })
    .returning();
  // The journey's counters and the anonymous record an erased candidate left.
  const today = new Date().toISOString().slice(0, 10);
  await db.insert(jobViews).values({ orgId, jobId: job.id, day: today, source: 'share', views: 3 });
  await db.insert(referrerVisitors).values({ orgId, personId: v.employee.id, day: today, visitorHash: marker });
  await db
    .insert(erasedCandidates)
    .values({ orgId, jobId: job.id, source: 'share', referrerId: v.employee.id, reached: { applied: today.slice(0, 7) } });
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
  // Interviews: a recorded question, a sent interview with a take and an answer, an unfinished upload.
  const [q] = await db
    .insert(questions)
    .values({
      orgId,
      jobId: job.id,
      position: 1,
      textIt: marker,
      textEn: marker,
      modes: ['video', 'text'],
      promptKey: `orgs/${orgId}/p.webm`,
      promptType: 'audio/webm',
    })
    .returning();
  const [iv] = await db
    .insert(interviews)
    .values({ orgId, applicationId: app.id, deadline: new Date(Date.now() + 5 * day), sentBy: v.admin.id })
    .returning();
  const [take] = await db
    .insert(takes)
    .values({
      orgId,
      interviewId: iv.id,
      questionId: q.id,
      number: 1,
      storageKey: `orgs/${orgId}/t.webm`,
      contentType: 'video/webm',
      size: 4,
    })
    .returning();
  await db.insert(answers).values({ orgId, interviewId: iv.id, questionId: q.id, takeId: take.id, text: marker });
  await db
    .insert(uploads)
    .values({ orgId, owner: `recruiting.prompt:${q.id}`, declaredType: 'video/webm', size: 10, subject: marker });
  await db
    .insert(recruitingSettings)
    .values({ orgId, retentionMonths: 7, points: { share: 5, application: 25, referral: 25, interview: 75, hire: 100 } });
}
