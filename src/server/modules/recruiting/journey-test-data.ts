// Test-only: a hand-built circle with known numbers (see journey.test.ts for the expected figures).
import { eq } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import { createPerson } from '../../testing/fixtures';
import type { TestPlatform } from '../../testing/test-platform';
import { recognition } from '../ambassadors/schema';
import { ensureLink } from '../links';
import { clickDaily } from '../links/schema';
import { onboardingJourneys, onboardingSteps, onboardingTemplates } from '../onboarding/schema';
import { shares } from '../sharing/schema';
import type { JobT } from './contract';
import { applications } from './schema';
import { apply, ok, openJob, pathOf, recruitingOrg } from './test-data';

const today = () => new Date().toISOString().slice(0, 10);

/** A share of a post by a person through their own tracked link on a network, with `clicks` counted today. */
export async function shareWithClicks(
  tp: TestPlatform,
  orgId: string,
  postId: string,
  personId: string,
  network: string,
  clicks: number,
) {
  const link = await ensureLink({
    ctx: systemCtx(tp.platform, orgId),
    input: { postId, personId, network, destination: 'https://example.test/', department: null, site: null },
  });
  await tp.platform.db.insert(shares).values({
    orgId,
    postId,
    personId,
    network,
    text: 'Cerchiamo colleghi!',
    linkId: link.id,
    distanceFromSuggestions: 0,
    personalised: false,
    status: 'confirmed',
  });
  if (clicks > 0)
    await tp.platform.db.insert(clickDaily).values({ orgId, day: today(), linkId: link.id, postId, personId, network, clicks });
  return link;
}

const appOf = async (tp: TestPlatform, jobId: string, email: string) =>
  (await tp.platform.db.select().from(applications).where(eq(applications.jobId, jobId))).find((a) => a.email === email)!;

export async function journeyFixture(tp: TestPlatform) {
  const o = await recruitingOrg(tp);
  const org = o.org.id;
  // Recognition on from the start: the referral ladder feeds it.
  await tp.platform.db.insert(recognition).values({
    orgId: org,
    enabled: true,
    enabledAt: new Date(),
    table: { share: 5, personalised: 5, click: 1, clickCapPerShareDay: 20, quiz: 10 },
  });
  const promote = async (job: JobT) => ok<JobT>(o.hr.post(`/api/recruiting/jobs/${job.id}/promote`));
  const jobA = await promote(await openJob(o.hr, { department: 'Produzione' }));
  const jobB = await promote(await openJob(o.hr, { department: 'Logistica', titleIt: 'Magazziniere', titleEn: 'Warehouse' }));
  const linkA = await shareWithClicks(tp, org, jobA.postId!, o.anna.id, 'linkedin', 10);
  await shareWithClicks(tp, org, jobA.postId!, o.anna.id, 'whatsapp', 0);
  await shareWithClicks(tp, org, jobB.postId!, o.anna.id, 'linkedin', 4);
  // Views: 3 through Anna's link, 2 from the careers page, 1 from elsewhere.
  const careers = jobA.publicUrl.replace(/\/jobs\/.*/, '');
  for (let i = 0; i < 3; i++) await tp.app.request(`${pathOf(jobA.publicUrl)}?ref=${linkA.code}`);
  for (let i = 0; i < 2; i++) await tp.app.request(pathOf(jobA.publicUrl), { headers: { referer: careers } });
  await tp.app.request(pathOf(jobB.publicUrl));
  // Candidates: Marco and Carla through Anna's link, Dino and Elena from the careers page.
  await apply(tp, jobA, { ref: linkA.code, email: 'marco@example.test', name: 'Marco Neri' });
  await apply(tp, jobA, { ref: linkA.code, email: 'carla@example.test', name: 'Carla Bianchi' });
  await apply(tp, jobA, { email: 'dino@example.test', name: 'Dino Blu' });
  await apply(tp, jobB, { email: 'elena@example.test', name: 'Elena Viola' });
  const marco = await appOf(tp, jobA.id, 'marco@example.test');
  const carla = await appOf(tp, jobA.id, 'carla@example.test');
  const elena = await appOf(tp, jobB.id, 'elena@example.test');
  const move = (id: string, stage: string) => ok(o.hr.post(`/api/recruiting/applications/${id}/stage`, { stage }));
  for (const s of ['interview', 'offer', 'hired']) await move(marco.id, s);
  await move(carla.id, 'interview');
  await move(carla.id, 'rejected');
  await move(elena.id, 'interview');
  // Marco joins: a directory person with an onboarding journey whose one step is a first share, which he makes.
  const marcoPerson = await createPerson(tp, org, { name: 'Marco Neri', email: `marco.${org.slice(0, 6)}@example.test` });
  const [tpl] = await tp.platform.db.insert(onboardingTemplates).values({ orgId: org, name: 'Benvenuti' }).returning();
  await tp.platform.db
    .insert(onboardingSteps)
    .values({ orgId: org, templateId: tpl.id, position: 1, offsetDays: 7, kind: 'first_share', titleIt: 'Condividi' });
  await tp.platform.db
    .insert(onboardingJourneys)
    .values({ orgId: org, personId: marcoPerson.id, templateId: tpl.id, startOn: today() });
  await shareWithClicks(tp, org, jobB.postId!, marcoPerson.id, 'linkedin', 7);
  return { ...o, jobA, jobB, linkA, marco, carla, elena, marcoPerson };
}
