// The victim organisation's ambassador programme: a row in every programme table, each carrying the marker where it has text.
import {
  applications,
  badges,
  cohorts,
  guidelineAcceptances,
  guidelineComments,
  guidelineVersions,
  members,
  pointsLedger,
  programmes,
  quizAttempts,
  recognition,
  reminders,
  sharerVisitors,
  valangaAlerts,
} from '../../src/server/modules/ambassadors/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimAmbassadors(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const day = new Date().toISOString().slice(0, 10);
  const [p] = await db
    .insert(programmes)
    .values({
      orgId,
      name: `Programme ${marker}`,
      purposeIt: marker,
      purposeEn: marker,
      expectationsIt: marker,
      expectationsEn: marker,
      eligibility: { departments: [marker] },
      seats: 5,
      termMonths: 6,
      rubric: [{ key: 'k', labelIt: marker, labelEn: marker }],
      quiz: {
        passMark: 50,
        questions: [{ textIt: marker, textEn: marker, options: [{ textIt: marker, textEn: marker, correct: true }] }],
      },
    })
    .returning();
  const [cohort] = await db
    .insert(cohorts)
    .values({ orgId, programmeId: p.id, name: `Cohort ${marker}`, startsOn: '2020-01-01', endsOn: '2099-01-01' })
    .returning();
  await db.insert(applications).values([
    {
      orgId,
      programmeId: p.id,
      personId: v.employee.id,
      source: 'applied',
      status: 'accepted',
      motivation: marker,
      availability: marker,
      decisionReason: marker,
    },
    {
      orgId,
      programmeId: p.id,
      personId: v.manager.id,
      source: 'nominated',
      status: 'pending',
      motivation: marker,
      nominationReason: marker,
    },
  ]);
  const [member] = await db
    .insert(members)
    .values({
      orgId,
      programmeId: p.id,
      cohortId: cohort.id,
      personId: v.employee.id,
      status: 'suspended',
      suspendedReason: marker,
    })
    .returning();
  const [version] = await db
    .insert(guidelineVersions)
    .values({
      orgId,
      programmeId: p.id,
      major: 1,
      minor: 0,
      status: 'published',
      bodyIt: marker,
      bodyEn: marker,
      htmlIt: marker,
      htmlEn: marker,
      publishedAt: new Date(),
    })
    .returning();
  const [draft] = await db
    .insert(guidelineVersions)
    .values({
      orgId,
      programmeId: p.id,
      major: 0,
      minor: 0,
      status: 'consultation',
      bodyIt: marker,
      bodyEn: marker,
      htmlIt: marker,
      htmlEn: marker,
    })
    .returning();
  await db.insert(guidelineComments).values({ orgId, versionId: draft.id, personId: v.employee.id, body: marker });
  await db.insert(guidelineAcceptances).values({ orgId, versionId: version.id, personId: v.employee.id });
  await db.insert(quizAttempts).values({ orgId, programmeId: p.id, personId: v.employee.id, score: 1, total: 1, passed: true });
  await db.insert(recognition).values({
    orgId,
    enabled: true,
    enabledAt: new Date(),
    table: { share: 5, personalised: 5, click: 1, clickCapPerShareDay: 20, quiz: 10 },
  });
  await db.insert(pointsLedger).values({ orgId, personId: v.employee.id, kind: 'quiz', points: 10, sourceKey: `quiz:${marker}` });
  await db.insert(badges).values({ orgId, personId: v.employee.id, badge: 'first_share' });
  await db.insert(sharerVisitors).values({ orgId, personId: v.employee.id, day, visitorHash: marker });
  await db.insert(valangaAlerts).values({
    orgId,
    programmeId: p.id,
    memberId: member.id,
    personId: v.employee.id,
    trigger: 'leaving',
    clickShare: 0.5,
    affected: { clicks: 1, shares: 1, posts: 1 },
    suggestions: [{ personId: v.manager.id, name: `Suggested ${marker}` }],
  });
  await db.insert(reminders).values({ orgId, memberId: member.id, kind: 'guidelines', subject: marker });
}
