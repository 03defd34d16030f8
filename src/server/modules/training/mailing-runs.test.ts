import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { CampaignT } from './contract';
import { campaignMailJob } from './jobs';
import { trainingMailings } from './schema';
import { MAX_MAILING_ATTEMPTS, sendMailing } from './send-mailing';
import { ok, publishedTraining, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** A campaign mailing started from the L&D page, its job queued and not run yet. */
async function startedMailing() {
  const o = await trainingOrg(tp);
  const t = await publishedTraining(o.lnd);
  const c = await ok<CampaignT>(o.lnd.post(`/api/training/manage/${t.id}/mailings`));
  const campaign = () => ok<CampaignT>(o.lnd.get(`/api/training/manage/${t.id}/campaign`));
  return { ...o, mailingId: c.mailings[0].id, campaign };
}

const mailsTo = async (orgId: string) =>
  (
    await tp.platform.database.executeSql(`select "to" from mail_messages where template = 'training_campaign' and org_id = $1`, [
      orgId,
    ])
  ).rows.map((r) => String(r.to));

describe('a campaign mailing’s job', { timeout: 120_000 }, () => {
  it('queued twice and run twice at once, mails each eligible person once and counts them once', async () => {
    const { org, anna, boss, bruno, ivo, lead, mailingId, campaign } = await startedMailing();
    // The sweep re-sending a trigger that is still waiting: the queue's policy keeps the duplicate out.
    expect(await tp.platform.jobs.send(campaignMailJob, { mailingId }, { singletonKey: mailingId })).toBeNull();
    // A retry overlapping a run that was thought lost: the claim lets one of them work.
    await Promise.all([sendMailing(tp.platform, mailingId), sendMailing(tp.platform, mailingId)]);
    expect(await tp.platform.jobs.drain(tp.platform, [campaignMailJob.name])).toBe(1);
    expect((await mailsTo(org.id)).sort()).toEqual([anna, boss, bruno, ivo, lead].map((p) => p.email).sort());
    expect((await campaign()).mailings.map((m) => [m.status, m.sent, m.failure])).toEqual([['done', 5, null]]);
  });

  it(`that keeps failing is tried ${MAX_MAILING_ATTEMPTS} times, then shown failed on the campaign page`, async () => {
    const { org, mailingId, campaign } = await startedMailing();
    const { org: elsewhere } = await trainingOrg(tp);
    // The row names an organisation its training is not in: every run fails to find the training.
    const moveTo = (orgId: string) =>
      tp.platform.db.update(trainingMailings).set({ orgId }).where(eq(trainingMailings.id, mailingId));
    await moveTo(elsewhere.id);
    for (let run = 1; run < MAX_MAILING_ATTEMPTS; run++) {
      await expect(sendMailing(tp.platform, mailingId)).rejects.toThrow();
      const [row] = await tp.platform.db.select().from(trainingMailings).where(eq(trainingMailings.id, mailingId));
      expect(row).toMatchObject({ status: 'queued', attempts: run, failure: null });
    }
    // The last attempt ends the job: failed for good, not thrown again for a retry that could not claim it.
    await sendMailing(tp.platform, mailingId);
    await sendMailing(tp.platform, mailingId);
    const [row] = await tp.platform.db.select().from(trainingMailings).where(eq(trainingMailings.id, mailingId));
    expect(row).toMatchObject({ status: 'failed', failure: 'unexpected', attempts: MAX_MAILING_ATTEMPTS });
    await moveTo(org.id);
    expect((await campaign()).mailings.map((m) => [m.status, m.sent, m.failure])).toEqual([['failed', 0, 'unexpected']]);
    expect(await mailsTo(org.id)).toEqual([]);
  });
});
