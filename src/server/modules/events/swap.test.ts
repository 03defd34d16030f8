import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { EventViewT, SwapViewT } from './contract';
import { inviteStories } from './invite-stories';
import { errorCode, ok, romeIn } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function swapOrg() {
  const { org } = await adminOfNewOrg(tp);
  const mProd = await createPerson(tp, org.id, { roles: ['manager'], name: 'Marco Produzione', department: 'Produzione' });
  const mSales = await createPerson(tp, org.id, { roles: ['manager'], name: 'Sara Vendite', department: 'Vendite' });
  const anna = await createPerson(tp, org.id, { name: 'Anna Rossi', department: 'Produzione', managerId: mProd.id });
  const bruno = await createPerson(tp, org.id, { name: 'Bruno Bianchi', department: 'Vendite', managerId: mSales.id });
  const carla = await createPerson(tp, org.id, { name: 'Carla Verdi', department: 'Produzione', managerId: mProd.id });
  return { org, mProd, mSales, anna, bruno, carla, as: (p: { email: string }) => signIn(tp, p.email) };
}

describe('job swap', { timeout: 240_000 }, () => {
  it('becomes an event for two once both managers approve, and only once', async () => {
    const { mProd, mSales, anna, bruno, carla, as } = await swapOrg();
    const day = romeIn(14).slice(0, 10);
    const annaApi = await as(anna);
    const same = await annaApi.post('/api/events/swaps', { partnerId: carla.id, day });
    expect(await errorCode(same)).toBe('events.swap_same_department');
    const s = await ok<SwapViewT>(
      annaApi.post('/api/events/swaps', { partnerId: bruno.id, day, note: 'Vorrei capire le vendite' }),
    );
    expect(s).toMatchObject({ status: 'proposed', proposerApproved: false, partnerApproved: false, canDecide: false });
    const mails = await tp.platform.database.executeSql(
      `select "to" from mail_messages where template = 'event_swap_approval' and "to" in ($1, $2) order by "to"`,
      [mProd.email, mSales.email],
    );
    expect(mails.rows).toHaveLength(2);
    // Someone who is not one of the two managers cannot decide.
    expect((await (await as(carla)).post(`/api/events/swaps/${s.id}/decision`, { approve: true })).status).toBe(404);
    const prodApi = await as(mProd);
    const salesApi = await as(mSales);
    expect((await ok<{ swaps: SwapViewT[] }>(prodApi.get('/api/events/swaps'))).swaps[0]).toMatchObject({
      id: s.id,
      canDecide: true,
    });
    const half = await ok<SwapViewT>(prodApi.post(`/api/events/swaps/${s.id}/decision`, { approve: true }));
    expect(half).toMatchObject({ status: 'proposed', proposerApproved: true, eventId: null });
    const [done, twice] = await Promise.all([
      salesApi.post(`/api/events/swaps/${s.id}/decision`, { approve: true }),
      salesApi.post(`/api/events/swaps/${s.id}/decision`, { approve: true }),
    ]);
    expect([done.status, twice.status].sort()).toEqual([200, 409]);
    const final = await ok<{ swaps: SwapViewT[] }>(annaApi.get('/api/events/swaps'));
    expect(final.swaps[0]).toMatchObject({ status: 'approved', proposerApproved: true, partnerApproved: true });
    const eventId = final.swaps[0].eventId as string;
    const e = await ok<EventViewT>(annaApi.get(`/api/events/${eventId}`));
    expect(e).toMatchObject({
      type: 'job_swap',
      capacity: 2,
      confirmed: 2,
      startsAtLocal: `${day}T09:00`,
      mine: { status: 'confirmed' },
    });
    expect(e.titleIt).toBe('Scambio di posto: Anna Rossi ⇄ Bruno Bianchi');
    // Aimed at the two of them only.
    expect((await (await as(carla)).get(`/api/events/${eventId}`)).status).toBe(404);
    const { rows } = await tp.platform.database.executeSql('select count(*)::int as n from events where id = $1', [eventId]);
    expect(rows[0].n).toBe(1);
  });

  it('invites the attendees of an ended event to tell it, once', async () => {
    const { org, anna, bruno, as } = await swapOrg();
    const organiser = await createPerson(tp, org.id, { roles: ['editor'] });
    const api = await as(organiser);
    const e = await ok<EventViewT>(
      api.post('/api/events', {
        type: 'photo_tour',
        titleIt: 'Tour fotografico',
        titleEn: 'Photo tour',
        startsAt: romeIn(3),
        endsAt: romeIn(3, 12),
        capacity: 10,
      }),
    );
    for (const p of [anna, bruno]) await ok((await as(p)).post(`/api/events/${e.id}/registration`));
    // The day has passed.
    await tp.platform.database.executeSql(
      `update events set starts_at = now() - interval '5 hours', ends_at = now() - interval '2 hours' where id = $1`,
      [e.id],
    );
    await Promise.all([inviteStories(tp.platform), inviteStories(tp.platform)]);
    await inviteStories(tp.platform);
    const { rows } = await tp.platform.database.executeSql(
      `select "to", text from mail_messages where template = 'event_story_invite' and "to" in ($1, $2)`,
      [anna.email, bruno.email],
    );
    expect(rows).toHaveLength(2);
    expect(String(rows[0].text)).toContain(`/stories/new?event=${e.id}`);
    // The feed shows the ended event to those who attended (with the invitation), not to others.
    const feed = await ok<{ events: EventViewT[] }>((await as(anna)).get('/api/events?scope=upcoming'));
    expect(feed.events.map((x) => x.id)).toContain(e.id);
  });
});
