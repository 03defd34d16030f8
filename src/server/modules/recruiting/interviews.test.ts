import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { uploads } from '../../platform/uploads';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import { mailMessages } from '../mail/schema';
import { withdrawApplication } from './candidate-status';
import type { HrInterviewT, QuestionT, ShortlistT } from './interview-contract';
import { interviews, takes } from './interview-schema';
import { remindInterviews } from './interview-sweeps';
import { AUDIO, addQuestion, EXE, inDays, interviewedCandidate, recordQuestion, VIDEO } from './interview-test-data';
import { applications } from './schema';
import { purgeExpiredCandidates } from './sweeps';
import { errorCode, ok, openJob, recruitingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const answersDir = (orgId: string) => path.join(tp.platform.config.dataDir, 'files', 'orgs', orgId, 'recruiting', 'answers');
const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && !d.name.endsWith('.type'))
        .map((d) => d.name)
    : [];

async function jobWithQuestions() {
  const o = await recruitingOrg(tp);
  const job = await openJob(o.hr);
  const q1 = await addQuestion(o.hr, job.id);
  const q2 = await addQuestion(o.hr, job.id, {
    textIt: 'Perché noi?',
    textEn: 'Why us?',
    takes: 1,
    thinkSeconds: 0,
    modes: ['audio'],
  });
  return { ...o, job, q1: await recordQuestion(o.hr, q1.id), q2 };
}

describe('question sets', { timeout: 120_000 }, () => {
  it('HR build an ordered set with a recorded question; settings are checked; an answered question cannot be deleted', async () => {
    const { hr, job, q1, q2 } = await jobWithQuestions();
    expect(q1).toMatchObject({ hasPrompt: true, promptType: 'audio/webm', takes: 2, position: 1 });
    expect(q2).toMatchObject({ position: 2, modes: ['audio'], thinkSeconds: 0 });
    const bad = await hr.post(`/api/recruiting/jobs/${job.id}/questions`, { textIt: 'x', textEn: 'x', takes: 6 });
    expect(bad.status).toBe(400);
    const reordered = await ok<{ questions: QuestionT[] }>(
      hr.put(`/api/recruiting/jobs/${job.id}/questions/order`, { ids: [q2.id, q1.id] }),
    );
    expect(reordered.questions.map((q) => q.id)).toEqual([q2.id, q1.id]);
    expect(await errorCode(await hr.put(`/api/recruiting/jobs/${job.id}/questions/order`, { ids: [q2.id] }))).toBe(
      'recruiting.question_order',
    );
    const prompt = await hr.get(`/api/recruiting/questions/${q1.id}/recording`);
    expect(new Uint8Array(await prompt.arrayBuffer())).toEqual(AUDIO);
    // An executable renamed .webm is refused as the manager's recording too.
    const u = await ok<{ id: string }>(
      hr.post(`/api/recruiting/questions/${q2.id}/uploads`, { size: EXE.length, contentType: 'video/webm' }),
    );
    await hr.raw(`/api/recruiting/questions/${q2.id}/uploads/${u.id}?offset=0`, {
      method: 'PUT',
      body: EXE as Uint8Array<ArrayBuffer>,
    });
    expect(await errorCode(await hr.put(`/api/recruiting/questions/${q2.id}/recording`, { uploadId: u.id }))).toBe('upload_type');
    // Sending needs a job with questions; a candidate answers; then the question stays.
    const empty = await openJob(hr);
    const { applicationId, candidate } = await interviewedCandidate(tp, hr, job, 'q.set@example.test');
    expect(applicationId).toBeTruthy();
    await ok(candidate.answer(q2.id, { text: 'Perché fate cose belle.' }));
    expect(await errorCode(await hr.delete(`/api/recruiting/questions/${q2.id}`))).toBe('recruiting.question_answered');
    const other = await addQuestion(hr, empty.id);
    expect((await hr.delete(`/api/recruiting/questions/${other.id}`)).status).toBe(200);
  });
});

describe('the candidate answers', { timeout: 120_000 }, () => {
  it('records takes within the limit, resumes a dropped upload, refuses bad media, chooses and submits', async () => {
    const { hr, asBruno, job, q1, q2, org } = await jobWithQuestions();
    const { candidate, applicationId } = await interviewedCandidate(tp, hr, job, 'carla.int@example.test');
    const [app] = await tp.platform.db.select().from(applications).where(eq(applications.id, applicationId));
    expect(app.stage).toBe('interview');
    const view = await ok<{ questions: { id: string; hasPrompt: boolean; text: string }[] }>(candidate.view());
    expect(view.questions.map((q) => [q.id, q.hasPrompt])).toEqual([
      [q1.id, true],
      [q2.id, false],
    ]);
    expect(new Uint8Array(await (await candidate.prompt(q1.id)).arrayBuffer())).toEqual(AUDIO);

    const first = await ok<{ id: string; number: number }>(candidate.record(q1.id));
    expect(first.number).toBe(1);
    // Second take: the connection drops after the first chunk; the page asks where to resume and carries on.
    const u = await ok<{ id: string }>(candidate.start(q1.id, VIDEO.length));
    await ok(candidate.chunk(u.id, 0, VIDEO.subarray(0, 3000)));
    const replay = await candidate.chunk(u.id, 0, VIDEO.subarray(0, 3000));
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as { error: { details: { offset: number } } }).error.details.offset).toBe(3000);
    const resume = await ok<{ offset: number }>(candidate.state(u.id));
    expect(resume.offset).toBe(3000);
    await ok(candidate.chunk(u.id, 3000, VIDEO.subarray(3000)));
    const second = await ok<{ id: string; number: number }>(candidate.finish(u.id));
    expect(second.number).toBe(2);
    expect(await errorCode(await candidate.start(q1.id, VIDEO.length))).toBe('recruiting.takes_used');
    // Audio only on q2: video refused; an executable renamed .webm refused; the text answer is always there.
    expect(await errorCode(await candidate.start(q2.id, VIDEO.length))).toBe('recruiting.mode_not_allowed');
    expect(await errorCode(await candidate.record(q2.id, EXE, 'audio/webm'))).toBe('upload_type');
    expect(await errorCode(await candidate.start(q2.id, 0, 'audio/webm'))).toBe('upload_empty');
    expect(await errorCode(await candidate.submit())).toBe('recruiting.answers_missing');
    await ok(candidate.answer(q1.id, { takeId: second.id }));
    await ok(candidate.answer(q2.id, { text: 'Rispondo per iscritto.' }));
    // Someone else's take id is not the candidate's to choose.
    expect((await candidate.answer(q2.id, { takeId: first.id })).status).toBe(404);
    await ok(candidate.submit());
    // Only the chosen take remains; the other's bytes are gone.
    const left = await tp.platform.db.select().from(takes).where(eq(takes.orgId, org.id));
    expect(left.map((t) => t.id)).toEqual([second.id]);
    expect(filesUnder(answersDir(org.id))).toHaveLength(1);
    expect(await errorCode(await candidate.start(q2.id, 10, 'audio/webm'))).toBe('recruiting.interview_closed');

    // Reviewers play the answer; each playback is audited.
    const hrView = await ok<HrInterviewT>(hr.get(`/api/recruiting/applications/${applicationId}/interview`));
    const a1 = hrView.interview?.answers.find((a) => a.questionId === q1.id);
    expect(a1?.take?.id).toBe(second.id);
    expect(hrView.interview?.answers.find((a) => a.questionId === q2.id)?.text).toBe('Rispondo per iscritto.');
    const played = await hr.get(`/api/recruiting/takes/${second.id}`);
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(VIDEO);
    // A phone's player then asks for pieces, some at once: still one playback in the audit log.
    const pieces = await Promise.all(
      ['bytes=0-1', 'bytes=2-', 'bytes=0-'].map((range) => hr.get(`/api/recruiting/takes/${second.id}`, { range })),
    );
    expect(pieces.map((p) => p.status)).toEqual([206, 206, 206]);
    const viewed = async () =>
      (await tp.platform.db.select().from(auditLog).where(eq(auditLog.targetId, applicationId))).filter(
        (a) => a.action === 'recruiting.recording_viewed',
      );
    expect(await viewed()).toHaveLength(1);
    // Another reviewer's playback is their own record.
    expect((await asBruno.get(`/api/recruiting/takes/${second.id}`)).status).toBe(200);
    expect(new Set((await viewed()).map((a) => a.actorId)).size).toBe(2);
  });

  it('closes at the deadline; reminds once before it, however often the job runs', async () => {
    const { hr, job, q1, org } = await jobWithQuestions();
    const soon = await interviewedCandidate(tp, hr, job, 'soon@example.test', inDays(1));
    await interviewedCandidate(tp, hr, job, 'later@example.test', inDays(10));
    await Promise.all([remindInterviews(tp.platform), remindInterviews(tp.platform)]);
    await remindInterviews(tp.platform);
    const reminders = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'recruiting_interview_reminder')));
    expect(reminders.map((m) => m.to)).toEqual(['soon@example.test']);
    expect(reminders[0].linkHidden).toBe(true);
    await tp.platform.db
      .update(interviews)
      .set({ deadline: new Date(Date.now() - 1000) })
      .where(eq(interviews.applicationId, soon.applicationId));
    expect(await errorCode(await soon.candidate.start(q1.id, VIDEO.length))).toBe('recruiting.interview_closed');
    expect(
      await errorCode(await hr.post(`/api/recruiting/applications/${soon.applicationId}/interview`, { deadline: inDays(3) })),
    ).toBe('recruiting.interview_sent');
  });
});

describe('review, shortlist and outcomes', { timeout: 120_000 }, () => {
  it("hides others' scores until one's own is in; combines them per rubric item; every candidate hears back", async () => {
    const { hr, asBruno, job, q1, q2, org } = await jobWithQuestions();
    const a = await interviewedCandidate(tp, hr, job, 'alpha@example.test');
    const b = await interviewedCandidate(tp, hr, job, 'beta@example.test');
    for (const c of [a, b]) {
      const t = await ok<{ id: string }>(c.candidate.record(q1.id));
      await ok(c.candidate.answer(q1.id, { takeId: t.id }));
      await ok(c.candidate.answer(q2.id, { text: 'Testo' }));
      await ok(c.candidate.submit());
    }
    const review = (api: typeof hr, id: string, s: number) =>
      ok(
        api.post(`/api/recruiting/applications/${id}/reviews`, {
          scores: { skills: s, experience: s, motivation: 5, communication: 3 },
          note: '',
        }),
      );
    await review(hr, a.applicationId, 4);
    const before = await ok<ShortlistT>(asBruno.get(`/api/recruiting/jobs/${job.id}/shortlist`));
    expect(before.rows.find((r) => r.id === a.applicationId)).toMatchObject({
      reviewers: 1,
      means: null,
      overall: null,
      myReviewDone: false,
    });
    await review(asBruno, a.applicationId, 2);
    await review(hr, b.applicationId, 5);
    const after = await ok<ShortlistT>(asBruno.get(`/api/recruiting/jobs/${job.id}/shortlist`));
    expect(after.rows.find((r) => r.id === a.applicationId)).toMatchObject({
      reviewers: 2,
      interviewSubmitted: true,
      means: { skills: 3, experience: 3, motivation: 5, communication: 3 },
      overall: 3.5,
    });
    const hrList = await ok<ShortlistT>(hr.get(`/api/recruiting/jobs/${job.id}/shortlist`));
    expect(hrList.rows.map((r) => r.id)).toEqual([b.applicationId, a.applicationId]);
    await ok(hr.post(`/api/recruiting/applications/${b.applicationId}/shortlist`, { shortlisted: true }));
    const only = await ok<ShortlistT>(hr.get(`/api/recruiting/jobs/${job.id}/shortlist?onlyShortlisted=true`));
    expect(only.rows.map((r) => r.id)).toEqual([b.applicationId]);
    // The shortlisted candidate and the one not shortlisted both receive an outcome.
    await ok(hr.post(`/api/recruiting/applications/${b.applicationId}/outcome`, { outcome: 'next_round' }));
    await ok(hr.post(`/api/recruiting/applications/${a.applicationId}/outcome`, { outcome: 'rejected' }));
    const outcomes = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.orgId, org.id));
    expect(
      outcomes
        .filter((m) => m.template.startsWith('recruiting_outcome_'))
        .map((m) => [m.to, m.template])
        .sort(),
    ).toEqual([
      ['alpha@example.test', 'recruiting_outcome_rejected'],
      ['beta@example.test', 'recruiting_outcome_next_round'],
    ]);
  });
});

describe('retention of recordings', { timeout: 120_000 }, () => {
  it('withdrawal, erasure and the retention sweep leave no recording bytes or upload rows', async () => {
    const { hr, job, q1, org } = await jobWithQuestions();
    const gone = await interviewedCandidate(tp, hr, job, 'expired@example.test');
    const quits = await interviewedCandidate(tp, hr, job, 'quits@example.test');
    for (const c of [gone, quits]) {
      await ok(c.candidate.record(q1.id));
      // An upload left half-way: its chunk is in storage too.
      const u = await ok<{ id: string }>(c.candidate.start(q1.id, VIDEO.length));
      await ok(c.candidate.chunk(u.id, 0, VIDEO.subarray(0, 2000)));
    }
    expect(filesUnder(answersDir(org.id))).toHaveLength(2);
    const uploadsDir = path.join(tp.platform.config.dataDir, 'files', 'orgs', org.id, 'uploads');
    expect(filesUnder(uploadsDir).length).toBeGreaterThanOrEqual(2);

    // The candidate withdraws from the status page: their recordings go at once.
    await withdrawApplication(systemCtx(tp.platform, org.id), quits.applicationId);
    expect(await tp.platform.db.select().from(takes).where(eq(takes.orgId, org.id))).toHaveLength(1);

    await tp.platform.db
      .update(applications)
      .set({ retainUntil: new Date(Date.now() - 1000) })
      .where(eq(applications.id, gone.applicationId));
    await purgeExpiredCandidates(tp.platform);
    expect(await tp.platform.db.select().from(takes).where(eq(takes.orgId, org.id))).toEqual([]);
    expect(await tp.platform.db.select().from(interviews).where(eq(interviews.applicationId, gone.applicationId))).toEqual([]);
    expect(await tp.platform.db.select().from(uploads).where(eq(uploads.orgId, org.id))).toEqual([]);
    expect(filesUnder(answersDir(org.id))).toEqual([]);
    expect(filesUnder(uploadsDir)).toEqual([]);
  });
});
