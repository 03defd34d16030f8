// The victim organisation's employee voice: suggestions (a named one in review, an anonymous one done) and an "Ask
// leadership" session with a named approved question and an answered one.
import crypto from 'node:crypto';
import { qaAnswers, qaAskers, qaQuestions, qaSessions, qaVotes } from '../../src/server/modules/qa/schema';
import { suggestionAuthors, suggestionMessages, suggestions, suggestionVotes } from '../../src/server/modules/suggestions/schema';
import { hashSecret, voterKey } from '../../src/server/modules/suggestions/secret';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimVoice(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  const today = new Date().toISOString().slice(0, 10);
  const [named, anonymous] = await db
    .insert(suggestions)
    .values([
      {
        orgId,
        category: 'workplace',
        title: `Suggestion ${marker}`,
        body: marker,
        anonymous: false,
        status: 'under_review',
        votes: 1,
        createdOn: today,
        firstReplyOn: today,
        replyPending: true,
      },
      {
        orgId,
        category: 'process',
        title: `Anonymous ${marker}`,
        body: marker,
        anonymous: true,
        // Unique across organisations, and a test may populate two victims in one database.
        secretHash: hashSecret(crypto.randomBytes(32).toString('hex')),
        status: 'done',
        outcome: `Outcome ${marker}`,
        createdOn: today,
        closedOn: today,
        noticeAt: today,
      },
    ])
    .returning();
  await db.insert(suggestionAuthors).values({ orgId, suggestionId: named.id, personId: v.employee.id });
  await db.insert(suggestionMessages).values([
    {
      orgId,
      suggestionId: named.id,
      seq: 1,
      side: 'author',
      body: `Message ${marker}`,
      on: today,
      clientId: crypto.randomUUID(),
    },
    { orgId, suggestionId: named.id, seq: 2, side: 'staff', body: `Reply ${marker}`, on: today, clientId: crypto.randomUUID() },
    {
      orgId,
      suggestionId: anonymous.id,
      seq: 1,
      side: 'staff',
      body: `Reply ${marker}`,
      on: today,
      clientId: crypto.randomUUID(),
    },
  ]);
  await db
    .insert(suggestionVotes)
    .values({ orgId, suggestionId: named.id, voterKey: voterKey(tp.platform, orgId, named.id, v.manager.id) });

  const [session] = await db
    .insert(qaSessions)
    .values({ orgId, title: `Session ${marker}`, description: marker, leaderIds: [v.manager.id], status: 'open' })
    .returning();
  const [approved, answered] = await db
    .insert(qaQuestions)
    .values([
      {
        orgId,
        sessionId: session.id,
        body: `Question ${marker}`,
        anonymous: false,
        status: 'approved',
        votes: 1,
        askedOn: today,
      },
      { orgId, sessionId: session.id, body: `Asked ${marker}`, anonymous: false, status: 'answered', askedOn: today },
    ])
    .returning();
  await db.insert(qaAskers).values([
    { orgId, questionId: approved.id, personId: v.employee.id },
    { orgId, questionId: answered.id, personId: v.employee.id },
  ]);
  await db.insert(qaAnswers).values({ orgId, questionId: answered.id, leaderId: v.manager.id, body: `Answer ${marker}` });
  // The key as the module computes it (HMAC of organisation, question and voter).
  const key = crypto
    .createHmac('sha256', tp.platform.config.secret)
    .update(`qa-vote:${orgId}:${approved.id}:${v.admin.id}`)
    .digest('hex');
  await db.insert(qaVotes).values({ orgId, questionId: approved.id, voterKey: key });
}
