// Test-only helpers for interviews: a candidate's session opened from an e-mailed link, recordings uploaded in chunks
// as the interview page sends them.
import fs from 'node:fs';
import { expect } from 'vitest';
import type { client } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import type { JobT } from './contract';
import type { QuestionT } from './interview-contract';
import { apply, lastMail, ok, pathOf } from './test-data';

export const fixture = (name: string) => new Uint8Array(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
export const VIDEO = fixture('answer-video.webm');
export const AUDIO = fixture('question-audio.webm');
export const EXE = new Uint8Array([
  0x4d,
  0x5a,
  0x90,
  0x00,
  ...new TextEncoder().encode('This program cannot be run in DOS mode'),
]);

type Hr = ReturnType<typeof client>;

export async function addQuestion(hr: Hr, jobId: string, over: Record<string, unknown> = {}) {
  return ok<QuestionT>(
    hr.post(`/api/recruiting/jobs/${jobId}/questions`, {
      textIt: 'Raccontaci di te',
      textEn: 'Tell us about yourself',
      thinkSeconds: 30,
      answerSeconds: 90,
      takes: 2,
      modes: ['video', 'audio', 'text'],
      ...over,
    }),
  );
}

/** The hiring manager's recording, through the same resumable upload. */
export async function recordQuestion(hr: Hr, questionId: string, bytes = AUDIO) {
  const u = await ok<{ id: string }>(
    hr.post(`/api/recruiting/questions/${questionId}/uploads`, { size: bytes.length, contentType: 'audio/webm' }),
  );
  const put = await hr.raw(`/api/recruiting/questions/${questionId}/uploads/${u.id}?offset=0`, {
    method: 'PUT',
    body: bytes as Uint8Array<ArrayBuffer>,
    headers: { 'content-type': 'application/offset+octet-stream' },
  });
  expect(put.status).toBe(200);
  return ok<QuestionT>(hr.put(`/api/recruiting/questions/${questionId}/recording`, { uploadId: u.id }));
}

/** A candidate applies; HR send the interview; the candidate opens the e-mailed link and holds a session. */
export async function interviewedCandidate(tp: TestPlatform, hr: Hr, job: JobT, email: string, deadline = inDays(5)) {
  expect((await apply(tp, job, { email, name: `Cand ${email.split('@')[0]}` })).status).toBe(200);
  const list = await ok<{ applications: { id: string; email: string }[] }>(
    hr.get(`/api/recruiting/applications?jobId=${job.id}`),
  );
  const [app] = list.applications.filter((a) => a.email === email);
  await ok(hr.post(`/api/recruiting/applications/${app.id}/interview`, { deadline }));
  const mail = await lastMail(tp, email, 'recruiting_interview_invite');
  expect(mail?.linkHidden).toBe(true);
  const opened = await tp.app.request(pathOf(mail?.url as string));
  expect(opened.status).toBe(303);
  const slug = pathOf(mail?.url as string).split('/')[2];
  expect(opened.headers.get('location')).toBe(`/interview/${slug}`);
  const cookie = opened.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { applicationId: app.id, candidate: candidateClient(tp, cookie, slug), slug };
}

export const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

export function candidateClient(tp: TestPlatform, cookie: string, slug: string) {
  const base = `/careers/${slug}/status/interview`;
  const req = (method: string, path: string, body?: BodyInit, type = 'application/json') =>
    tp.app.request(`${base}${path}`, {
      method,
      headers: { cookie, origin: 'http://localhost:3000', ...(body !== undefined ? { 'content-type': type } : {}) },
      body,
    });
  const json = (method: string, path: string, body?: unknown) =>
    req(method, path, body === undefined ? undefined : JSON.stringify(body));
  return {
    view: () => req('GET', ''),
    prompt: (qid: string) => req('GET', `/questions/${qid}/prompt`),
    start: (questionId: string, size: number, contentType = 'video/webm;codecs=vp8,opus') =>
      json('POST', '/uploads', { questionId, size, contentType }),
    state: (id: string) => req('GET', `/uploads/${id}`),
    chunk: (id: string, offset: number, bytes: Uint8Array) =>
      req('PUT', `/uploads/${id}?offset=${offset}`, bytes as Uint8Array<ArrayBuffer>, 'application/offset+octet-stream'),
    finish: (id: string) => json('POST', `/uploads/${id}/finish`, {}),
    take: (id: string) => req('GET', `/takes/${id}`),
    answer: (qid: string, body: unknown) => json('POST', `/answers/${qid}`, body),
    submit: () => json('POST', '/submit', {}),
    /** A whole take in chunks of `chunk` bytes; answers the finished take. */
    async record(questionId: string, bytes = VIDEO, contentType?: string, chunk = 4000) {
      const u = await ok<{ id: string }>(this.start(questionId, bytes.length, contentType));
      for (let at = 0; at < bytes.length; at += chunk) await ok(this.chunk(u.id, at, bytes.subarray(at, at + chunk)));
      return this.finish(u.id);
    },
  };
}
