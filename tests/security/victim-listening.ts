// The victim organisation's listening modules (news, surveys, suggestions, Q&A, onboarding, actions; engagement only
// reads these): a row in every table, each carrying the marker where it has text, in states the routes show.
import { feedbackActions } from '../../src/server/modules/actions/schema';
import { newsComments, newsPosts, newsReactions, newsReads, newsTargets } from '../../src/server/modules/news/schema';
import {
  onboardingJourneys,
  onboardingProgress,
  onboardingReminders,
  onboardingSteps,
  onboardingTemplates,
} from '../../src/server/modules/onboarding/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';
import { populateVictimSurveys } from './victim-surveys';
import { populateVictimVoice } from './victim-voice';

type Victim = { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } };

export async function populateVictimListening(tp: TestPlatform, v: Victim) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const today = new Date().toISOString().slice(0, 10);
  // Published to everyone, a must-read: in any member's feed (an attacker's too, were the tenant filter missing).
  const [post] = await db
    .insert(newsPosts)
    .values({
      orgId,
      kind: 'leadership',
      titleIt: `Notizia ${marker}`,
      titleEn: `News ${marker}`,
      bodyIt: marker,
      bodyEn: marker,
      htmlIt: `<p>${marker}</p>`,
      htmlEn: `<p>${marker}</p>`,
      mustRead: true,
      dueOn: today,
      status: 'published',
      targetAll: true,
      publishedAt: new Date(),
      createdBy: v.admin.id,
    })
    .returning();
  // A draft aimed at one department: the editor's list and the publish route.
  const [draft] = await db
    .insert(newsPosts)
    .values({ orgId, titleIt: `Bozza ${marker}`, bodyIt: marker, htmlIt: marker, targetAll: false, createdBy: v.admin.id })
    .returning();
  await db.insert(newsTargets).values({ orgId, postId: draft.id, kind: 'department', value: `Dept ${marker}` });
  await db.insert(newsReads).values({ orgId, postId: post.id, personId: v.employee.id, acknowledgedAt: new Date() });
  await db.insert(newsComments).values([
    { orgId, postId: post.id, personId: v.employee.id, body: `Comment ${marker}` },
    {
      orgId,
      postId: post.id,
      personId: v.manager.id,
      body: `Hidden ${marker}`,
      hiddenAt: new Date(),
      hiddenReason: `Reason ${marker}`,
      hiddenBy: v.admin.id,
    },
  ]);
  await db.insert(newsReactions).values({ orgId, postId: post.id, personId: v.employee.id, kind: 'insightful' });

  const { survey } = await populateVictimSurveys(tp, v);
  await populateVictimVoice(tp, v);

  const [template] = await db
    .insert(onboardingTemplates)
    .values({
      orgId,
      name: `Journey ${marker}`,
      nameEn: `Journey EN ${marker}`,
      departments: [`Dept ${marker}`],
      sites: [`Site ${marker}`],
      locale: 'it',
    })
    .returning();
  const [read, task] = await db
    .insert(onboardingSteps)
    .values([
      {
        orgId,
        templateId: template.id,
        position: 0,
        offsetDays: 0,
        kind: 'read_post',
        titleIt: `Leggi ${marker}`,
        titleEn: `Read ${marker}`,
        refId: post.id,
      },
      {
        orgId,
        templateId: template.id,
        position: 1,
        offsetDays: -1,
        kind: 'task',
        titleIt: `Compito ${marker}`,
        titleEn: marker,
      },
    ])
    .returning();
  // Started two days ago with the manager as buddy: one step done, the other overdue and reminded.
  const [journey] = await db
    .insert(onboardingJourneys)
    .values({
      orgId,
      personId: v.employee.id,
      templateId: template.id,
      buddyId: v.manager.id,
      startOn: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    })
    .returning();
  await db.insert(onboardingProgress).values({ orgId, journeyId: journey.id, stepId: read.id });
  await db.insert(onboardingReminders).values({ orgId, journeyId: journey.id, stepId: task.id });

  await db.insert(feedbackActions).values({
    orgId,
    surveyId: survey.id,
    youSaid: `You said ${marker}`,
    weDo: `We do ${marker}`,
    ownerId: v.manager.id,
    status: 'in_progress',
  });
}
