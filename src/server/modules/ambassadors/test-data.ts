// Test-only helpers: an organisation with a programme run by comms, and people to apply, nominate, decide.

import crypto from 'node:crypto';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import { clickDaily, clicks, links } from '../links/schema';
import { shares } from '../sharing/schema';
import { insertPost } from '../sharing/test-data';
import type { ProgrammeInputT, ProgrammeT } from './contract';

export const QUIZ = {
  passMark: 50,
  questions: [
    {
      textIt: 'Devo dire che lavoro qui?',
      textEn: 'Must I say I work here?',
      options: [
        { textIt: 'Sì, sempre', textEn: 'Yes, always', correct: true },
        { textIt: 'No', textEn: 'No', correct: false },
      ],
    },
    {
      textIt: 'Posso condividere dati riservati?',
      textEn: 'May I share confidential data?',
      options: [
        { textIt: 'Mai', textEn: 'Never', correct: true },
        { textIt: 'Se piacciono', textEn: 'If people like them', correct: false },
      ],
    },
  ],
};

export async function programmeOrg(tp: TestPlatform, input: Partial<ProgrammeInputT> = {}) {
  const { org, admin, api } = await adminOfNewOrg(tp, ['admin', 'editor', 'hr']);
  const res = await api.post('/api/programmes', { name: 'Ambasciatori 2027', seats: 5, termMonths: 6, ...input });
  if (res.status !== 200) throw new Error(`programme: ${res.status} ${await res.text()}`);
  const programme = (await res.json()) as ProgrammeT;
  const employee = async (opts: Parameters<typeof createPerson>[2] = {}) => {
    const person = await createPerson(tp, org.id, opts);
    return { person, api: await signIn(tp, person.email) };
  };
  return { org, admin, api, programme, employee };
}

/** An employee applies and HR accepts them: a member of the current cohort. */
export async function memberOf(
  _tp: TestPlatform,
  setup: Awaited<ReturnType<typeof programmeOrg>>,
  opts: Parameters<typeof createPerson>[2] = {},
) {
  const e = await setup.employee(opts);
  const applied = await e.api.post(`/api/programmes/${setup.programme.id}/apply`, {
    motivation: 'Mi piace raccontare il mio lavoro',
  });
  const { id } = (await applied.json()) as { id: string };
  const decided = await setup.api.post(`/api/programmes/${setup.programme.id}/candidates/${id}/decision`, {
    decision: 'accept',
    reason: 'Benvenuta',
  });
  if (decided.status !== 200) throw new Error(`accept: ${decided.status} ${await decided.text()}`);
  return { ...e, applicationId: id };
}

let seq = 0;

/** A share by a person with its tracked link, and clicks on it (raw clicks and the daily rollup, as the click path writes them). */
export async function shareWithClicks(
  tp: TestPlatform,
  orgId: string,
  personId: string,
  opts: { visitors?: { hash: string; at: Date }[]; personalised?: boolean; createdAt?: Date } = {},
) {
  const db = tp.platform.db;
  const { post } = await insertPost(tp, orgId, { title: `Post ${++seq}` });
  const [link] = await db
    .insert(links)
    .values({
      orgId,
      code: `t${crypto.randomBytes(5).toString('hex')}`,
      destination: post.url,
      postId: post.id,
      personId,
      network: 'linkedin',
    })
    .returning();
  const [share] = await db
    .insert(shares)
    .values({
      orgId,
      postId: post.id,
      personId,
      network: 'linkedin',
      text: 'Testo mio',
      linkId: link.id,
      distanceFromSuggestions: 1,
      personalised: opts.personalised ?? false,
      createdAt: opts.createdAt ?? new Date(),
    })
    .returning();
  const byDay = new Map<string, number>();
  for (const v of opts.visitors ?? []) {
    const hour = new Date(Math.floor(v.at.getTime() / 3_600_000) * 3_600_000);
    await db
      .insert(clicks)
      .values({ id: crypto.randomUUID(), orgId, linkId: link.id, at: v.at, hourBucket: hour, visitorHash: v.hash })
      .onConflictDoNothing();
    const day = v.at.toISOString().slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  for (const [day, n] of byDay)
    await db
      .insert(clickDaily)
      .values({ orgId, day, linkId: link.id, postId: post.id, personId, network: 'linkedin', clicks: n });
  return { post, link, share };
}
