import fs from 'node:fs';
import type { Ctx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { answers, interviews, questions, takes } from './interview-schema';
import type { JobRow } from './rows';

// Tiny real recordings (a 1.5 s tone from Chromium's fake devices): the manager's question and a candidate's answer.
const media = (name: string) => new Uint8Array(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const set = [
  {
    textIt: 'Raccontaci una giornata di lavoro di cui sei andato/a fiero/a.',
    textEn: 'Tell us about a working day you were proud of.',
    thinkSeconds: 30,
    answerSeconds: 120,
    takes: 3,
    recorded: true,
  },
  {
    textIt: 'Che cosa ti aspetti dalla squadra nei primi tre mesi?',
    textEn: 'What do you expect from the team in your first three months?',
    thinkSeconds: 20,
    answerSeconds: 90,
    takes: 2,
    recorded: false,
  },
];

/**
 * Every job gets a two-question interview, the first recorded by the hiring manager; each candidate who reached the
 * interview stage sent a recorded answer and a written one.
 */
export async function seedInterviews(
  platform: Platform,
  ctx: Ctx,
  opts: { jobs: JobRow[]; interviewed: { id: string; job: number; at: Date }[]; sentBy: string | null },
) {
  const prompt = media('question-audio.webm');
  const answer = media('answer-video.webm');
  const byJob = new Map<string, (typeof questions.$inferSelect)[]>();
  for (const job of opts.jobs) {
    const rows = [];
    for (const [i, q] of set.entries()) {
      const { recorded, ...fields } = q;
      const key = recorded ? `orgs/${ctx.orgId}/recruiting/prompts/${job.id}-${i}.webm` : null;
      if (key) await platform.storage.put(key, prompt, 'audio/webm');
      const [row] = await ctx.db
        .insert(questions)
        .values({
          ...fields,
          orgId: ctx.orgId,
          jobId: job.id,
          position: i + 1,
          modes: ['video', 'audio', 'text'],
          promptKey: key,
          promptType: key ? 'audio/webm' : null,
        })
        .returning();
      rows.push(row);
    }
    byJob.set(job.id, rows);
  }
  for (const c of opts.interviewed) {
    const qs = byJob.get(opts.jobs[c.job].id) ?? [];
    const [iv] = await ctx.db
      .insert(interviews)
      .values({
        orgId: ctx.orgId,
        applicationId: c.id,
        deadline: new Date(c.at.getTime() + 7 * 86_400_000),
        sentBy: opts.sentBy,
        sentAt: c.at,
        submittedAt: new Date(c.at.getTime() + 2 * 86_400_000),
      })
      .returning();
    const key = `orgs/${ctx.orgId}/recruiting/answers/${iv.id}/seed.webm`;
    await platform.storage.put(key, answer, 'video/webm');
    const [take] = await ctx.db
      .insert(takes)
      .values({
        orgId: ctx.orgId,
        interviewId: iv.id,
        questionId: qs[0].id,
        number: 1,
        storageKey: key,
        contentType: 'video/webm',
        size: answer.length,
      })
      .returning();
    await ctx.db.insert(answers).values([
      { orgId: ctx.orgId, interviewId: iv.id, questionId: qs[0].id, takeId: take.id },
      { orgId: ctx.orgId, interviewId: iv.id, questionId: qs[1].id, text: 'Imparare in fretta e dare una mano dove serve.' },
    ]);
  }
}
