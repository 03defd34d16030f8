// The victim organisation's training data: a row in every training table, each carrying the marker where it has text.
import crypto from 'node:crypto';
import { hashSecret } from '../../src/server/modules/training/lrs-keys';
import {
  trainingChanges,
  trainingEndorsements,
  trainingEnrolments,
  trainingEscalations,
  trainingFeedback,
  trainingLrsKeys,
  trainingMailings,
  trainingNudges,
  trainingPosters,
  trainingPropositions,
  trainingReach,
  trainingSessions,
  trainingSettings,
  trainingStatements,
  trainings,
} from '../../src/server/modules/training/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimTraining(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const [t] = await db
    .insert(trainings)
    .values({
      orgId,
      title: `Training ${marker}`,
      description: marker,
      kind: 'course',
      motivation: 'mandatory',
      organisationalNeed: marker,
      dueDate: '2020-01-01',
      durationMinutes: 240,
      code: `code-${marker}`,
      status: 'published',
      publicUrl: `https://example.com/${marker}`,
      createdBy: v.admin.id,
    })
    .returning();
  const trainingId = t.id;
  const [prop] = await db
    .insert(trainingPropositions)
    .values({
      orgId,
      trainingId,
      label: `Population ${marker}`,
      kind: 'everyone',
      benefits: marker,
      problem: marker,
      outcome: marker,
    })
    .returning();
  const day = 86_400_000;
  const [session] = await db
    .insert(trainingSessions)
    .values({
      orgId,
      trainingId,
      startsAt: new Date(Date.now() + 3 * day),
      endsAt: new Date(Date.now() + 3 * day + 3_600_000),
      place: `Room ${marker}`,
      seats: 5,
      trainerId: v.manager.id,
    })
    .returning();
  const [enrolment] = await db
    .insert(trainingEnrolments)
    .values({ orgId, trainingId, sessionId: session.id, personId: v.employee.id, status: 'pending', completedAt: new Date() })
    .returning();
  await db.insert(trainingEndorsements).values({ orgId, trainingId, managerId: v.manager.id, note: `Note ${marker}` });
  await db
    .insert(trainingNudges)
    .values({ orgId, trainingId, managerId: v.manager.id, personId: v.employee.id, message: `Nudge ${marker}` });
  await db.insert(trainingFeedback).values({
    orgId,
    trainingId,
    enrolmentId: enrolment.id,
    propositionId: prop.id,
    populationLabel: `Population ${marker}`,
    usefulness: 4,
    suggestion: `Suggestion ${marker}`,
  });
  await db.insert(trainingChanges).values({ orgId, trainingId, note: `Change ${marker}` });
  await db.insert(trainingReach).values({ orgId, trainingId, personId: v.employee.id, channel: 'feed' });
  await db.insert(trainingPosters).values({ orgId, trainingId, place: `Board ${marker}` });
  await db.insert(trainingMailings).values({ orgId, trainingId, status: 'done', sent: 1 });
  await db.insert(trainingEscalations).values({ orgId, trainingId, personId: v.employee.id, managerId: v.manager.id });
  await db.insert(trainingSettings).values({ orgId, currency: 'CHF' });
  // Key ids are unique across organisations, and a test may populate two victims with the same marker.
  const keyId = `key-${marker}-${crypto.randomBytes(3).toString('hex')}`;
  await db.insert(trainingLrsKeys).values({ orgId, keyId, secretHash: hashSecret(marker), label: `Key ${marker}` });
  await db.insert(trainingStatements).values({ orgId, statementId: crypto.randomUUID(), enrolmentId: enrolment.id });
}
