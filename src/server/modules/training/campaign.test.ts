import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrOfPdf } from '../../../../tests/support/pdf-qr';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { linksModule, recorderOf } from '../links';
import type { CampaignT, MyEnrolmentT } from './contract';
import { errorCode, ok, publishedTraining, trainingOrg } from './test-data';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

let tp: TestPlatform;
let server: http.Server;
let base: string;
beforeAll(async () => {
  tp = await createTestPlatform();
  await linksModule.start?.(tp.platform);
  const handle = linksModule.fastPath!(tp.platform);
  server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await linksModule.stop?.(tp.platform);
  await tp.close();
});

const channel = (c: CampaignT, name: string) => c.channels.find((x) => x.channel === name);

describe('campaign channels', { timeout: 240_000 }, () => {
  it('prints an A4 poster whose QR code leads through the tracked link to the training; scans and enrolments count', async () => {
    const { lnd, anna, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    const res = await lnd.post(`/api/training/manage/${t.id}/poster`, {
      propositionId: t.propositions[0].id,
      place: 'Stabilimento di Parma',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('poster-Qualita-in-linea.pdf');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const scanned = await qrOfPdf(pdf);
    const campaign = await ok<CampaignT>(lnd.get(`/api/training/manage/${t.id}/campaign`));
    expect(scanned).toBe(campaign.links.poster);
    expect(scanned).toMatch(/^http:\/\/localhost:3000\/l\/[A-Za-z0-9]+$/);
    expect(channel(campaign, 'poster')).toMatchObject({ views: 1, clicks: 0, enrolments: 0 });
    expect(campaign.posters).toEqual([expect.objectContaining({ place: 'Stabilimento di Parma' })]);

    // A phone scans it: redirected to the training's page, the channel named; the scan is counted.
    const visit = await fetch(`${base}${new URL(scanned as string).pathname}`, {
      redirect: 'manual',
      headers: { 'user-agent': PHONE },
    });
    expect(visit.status).toBe(302);
    const target = new URL(visit.headers.get('location') as string);
    expect(`${target.origin}${target.pathname}`).toBe(`http://localhost:3000/training/${t.id}`);
    expect(target.searchParams.get('via')).toBe('poster');
    await recorderOf(tp.platform).flush();
    await ok<MyEnrolmentT>(
      (await as(anna)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: t.sessions[0].id, channel: 'poster' }),
    );
    const after = await ok<CampaignT>(lnd.get(`/api/training/manage/${t.id}/campaign`));
    expect(channel(after, 'poster')).toMatchObject({ views: 1, clicks: 1, enrolments: 1 });
    // A second poster reuses the same tracked link (one carrier per training).
    const again = await qrOfPdf(new Uint8Array(await (await lnd.post(`/api/training/manage/${t.id}/poster`, {})).arrayBuffer()));
    expect(again).toBe(scanned);
  });

  it('e-mails each eligible person once, with their population’s proposition and their manager’s note', async () => {
    const { org, lnd, boss, anna, bruno, lead, ivo, other, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    await ok((await as(boss)).put(`/api/training/trainings/${t.id}/endorsement`, { note: 'Lo consiglio a tutto il reparto.' }));
    await ok((await as(bruno)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: t.sessions[0].id }));
    await ok(lnd.post(`/api/training/manage/${t.id}/mailings`));
    await tp.platform.jobs.drain(tp.platform);
    const mails = async () =>
      (
        await tp.platform.database.executeSql(
          `select "to", text from mail_messages where template = 'training_campaign' and org_id = $1`,
          [org.id],
        )
      ).rows as { to: string; text: string }[];
    const sent = await mails();
    // Bruno is enrolled already; Olga is not in any population; the boss is in Produzione too.
    expect(sent.map((m) => m.to).sort()).toEqual([anna.email, boss.email, ivo.email, lead.email].sort());
    const annas = sent.find((m) => m.to === anna.email)!.text;
    expect(annas).toContain('Cosa ci guadagni: Turni più tranquilli');
    expect(annas).toContain(`${boss.name} la consiglia: «Lo consiglio a tutto il reparto.»`);
    expect(sent.find((m) => m.to === lead.email)!.text).toContain('Risposte pronte ai clienti della GDO');
    expect(sent.some((m) => m.to === other.email)).toBe(false);

    await ok(lnd.post(`/api/training/manage/${t.id}/mailings`));
    await tp.platform.jobs.drain(tp.platform);
    expect(await mails()).toHaveLength(4);
    const campaign = await ok<CampaignT>(lnd.get(`/api/training/manage/${t.id}/campaign`));
    expect(campaign.mailings.map((m) => [m.status, m.sent])).toEqual([
      ['done', 0],
      ['done', 4],
    ]);
    expect(channel(campaign, 'email')).toMatchObject({ views: 4 });
  });

  it('counts the feed card’s views and opens once per person', async () => {
    const { lnd, anna, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    const api = await as(anna);
    for (const event of ['view', 'view', 'open', 'open'] as const)
      await ok(api.post(`/api/training/trainings/${t.id}/reach`, { channel: 'feed', event }));
    const campaign = await ok<CampaignT>(lnd.get(`/api/training/manage/${t.id}/campaign`));
    expect(channel(campaign, 'feed')).toMatchObject({ views: 1, clicks: 1 });
  });

  it('drafts an advocacy post in the content hub only for a public-facing training', async () => {
    const { lnd } = await trainingOrg(tp);
    const internal = await publishedTraining(lnd);
    expect(await errorCode(await lnd.post(`/api/training/manage/${internal.id}/advocacy-post`))).toBe('training.not_public');
    const open = await publishedTraining(lnd, {
      title: 'Open day: la pasta fresca',
      publicUrl: 'https://www.pastificioaurora.example/corsi/pasta',
    });
    const campaign = await ok<CampaignT>(lnd.post(`/api/training/manage/${open.id}/advocacy-post`));
    expect(campaign.advocacyPostId).toBeTruthy();
    const { rows } = await tp.platform.database.executeSql('select status, url from posts where id = $1', [
      campaign.advocacyPostId,
    ]);
    expect(rows).toEqual([{ status: 'draft', url: 'https://www.pastificioaurora.example/corsi/pasta' }]);
    const twice = await ok<CampaignT>(lnd.post(`/api/training/manage/${open.id}/advocacy-post`));
    expect(twice.advocacyPostId).toBe(campaign.advocacyPostId);
    expect(channel(twice, 'advocacy')).toMatchObject({ views: 0, clicks: 0 });
  });

  it('counts the advocacy post’s shares and the clicks on every sharer’s tracked link in the advocacy channel', async () => {
    const { lnd, anna, bruno, as } = await trainingOrg(tp);
    const open = await publishedTraining(lnd, { title: 'Open day', publicUrl: 'https://www.pastificioaurora.example/corsi/od' });
    const { advocacyPostId } = await ok<CampaignT>(lnd.post(`/api/training/manage/${open.id}/advocacy-post`));
    // The editors publish the draft as any other post.
    await tp.platform.database.executeSql(`update posts set status = 'published', published_at = now() where id = $1`, [
      advocacyPostId,
    ]);
    const links: string[] = [];
    for (const person of [anna, bruno]) {
      const shared = await ok<{ link: string }>(
        (await as(person)).post('/api/shares', { postId: advocacyPostId, network: 'linkedin', text: 'Venite!' }),
      );
      links.push(shared.link);
    }
    for (const [i, link] of [links[0], links[0], links[1]].entries()) {
      const visit = await fetch(`${base}${new URL(link).pathname}`, {
        redirect: 'manual',
        headers: { 'user-agent': `${PHONE} visitor-${i}` },
      });
      expect(visit.status).toBe(302);
    }
    await recorderOf(tp.platform).flush();
    const campaign = await ok<CampaignT>(lnd.get(`/api/training/manage/${open.id}/campaign`));
    expect(channel(campaign, 'advocacy')).toMatchObject({ views: 2, clicks: 3 });
  });
});
