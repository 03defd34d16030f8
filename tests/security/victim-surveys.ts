// The victim organisation's surveys: a named survey (results readable while its round is open) in every survey table.
import { teamKeyOf } from '../../src/server/modules/surveys/respondent';
import {
  surveyAnswers,
  surveyNamedResponses,
  surveyParticipation,
  surveyQuestions,
  surveyResponses,
  surveyRounds,
  surveys,
  surveyTargets,
} from '../../src/server/modules/surveys/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimSurveys(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const day = 86_400_000;
  const closesAt = new Date(Date.now() + 7 * day);
  // Named, active, for everyone: listed to any member, and its results are shown before the round closes.
  const [survey] = await db
    .insert(surveys)
    .values({
      orgId,
      kind: 'survey',
      titleIt: `Sondaggio ${marker}`,
      titleEn: `Survey ${marker}`,
      introIt: marker,
      introEn: marker,
      anonymous: false,
      status: 'active',
      targetAll: true,
      remindAfterDays: 2,
      closesAt,
      createdBy: v.admin.id,
      publishedAt: new Date(Date.now() - day),
    })
    .returning();
  const surveyId = survey.id;
  // An anonymous pulse being prepared for one department.
  const [pulse] = await db
    .insert(surveys)
    .values({ orgId, kind: 'pulse', titleIt: `Pulse ${marker}`, introIt: marker, recurrence: 'weekly', targetAll: false })
    .returning();
  await db.insert(surveyTargets).values({ orgId, surveyId: pulse.id, kind: 'department', value: `Dept ${marker}` });
  const [text, single] = await db
    .insert(surveyQuestions)
    .values([
      { orgId, surveyId, position: 0, kind: 'text', textIt: `Domanda ${marker}`, textEn: `Question ${marker}` },
      {
        orgId,
        surveyId,
        position: 1,
        kind: 'single',
        textIt: `Scelta ${marker}`,
        textEn: `Choice ${marker}`,
        choices: [
          { it: `Sì ${marker}`, en: `Yes ${marker}` },
          { it: `No ${marker}`, en: `No ${marker}` },
        ],
      },
    ])
    .returning();
  const [round] = await db
    .insert(surveyRounds)
    .values({ orgId, surveyId, seq: 1, opensAt: new Date(Date.now() - day), closesAt, status: 'open', audienceSize: 2 })
    .returning();
  await db.insert(surveyParticipation).values({ orgId, roundId: round.id, personId: v.employee.id });
  const [response] = await db
    .insert(surveyResponses)
    .values({
      orgId,
      surveyId,
      roundId: round.id,
      day: new Date().toISOString().slice(0, 10),
      department: `Dept ${marker}`,
      site: `Site ${marker}`,
      jobFamily: `Family ${marker}`,
      tenure: 'lt1',
      teamKeys: [teamKeyOf(tp.platform, orgId, v.manager.id)],
    })
    .returning();
  await db.insert(surveyAnswers).values([
    { orgId, responseId: response.id, questionId: text.id, text: `Answer ${marker}` },
    { orgId, responseId: response.id, questionId: single.id, value: 0 },
  ]);
  await db.insert(surveyNamedResponses).values({ orgId, responseId: response.id, surveyId, personId: v.employee.id });
  return { survey, round };
}
