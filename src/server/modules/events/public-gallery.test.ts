import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { organisations } from '../organisations/schema';
import { photoStorageKey } from '../stories/photos/photo-store';
import { stories, storyPhotos, storyTags } from '../stories/schema';
import type { EventViewT } from './contract';
import { eventRegistrations } from './schema';
import { createEvent, eventsOrg, ok } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);

/** A story of the event by `author` with one photo (stored), in the given state. */
async function story(orgId: string, eventId: string, author: { id: string }, body: string, status: 'approved' | 'pending') {
  const db = tp.platform.db;
  const [s] = await db
    .insert(stories)
    .values({ orgId, authorId: author.id, locale: 'it', body, eventId, consentAt: new Date(), status, decidedAt: new Date() })
    .returning();
  const key = `${crypto.randomUUID()}.jpg`;
  await tp.platform.storage.put(photoStorageKey(orgId, key), JPEG, 'image/jpeg');
  await db
    .insert(storyPhotos)
    .values({ orgId, storyId: s.id, uploaderId: author.id, key, width: 10, height: 10, bytes: JPEG.length });
  return { ...s, key };
}

const slugOf = async (orgId: string) =>
  (await tp.platform.db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, orgId)))[0].slug;

describe('public event gallery', { timeout: 120_000 }, () => {
  it('shows a signed-out visitor the approved stories’ words and photos, and nothing private', async () => {
    const { org, org_, anna, bruno, carla, as } = await eventsOrg(tp);
    const e = await createEvent(org_, { titleIt: 'Visita a Parma', capacity: 5 });
    await tp.platform.db
      .insert(eventRegistrations)
      .values({ orgId: org.id, eventId: e.id, personId: carla.id, status: 'confirmed', checkinCode: 'C-1' });
    const told = await story(org.id, e.id, anna, 'Le linee di Parma viste da vicino', 'approved');
    await tp.platform.db.insert(storyTags).values({ orgId: org.id, storyId: told.id, personId: bruno.id, declined: true });
    const pending = await story(org.id, e.id, bruno, 'Bozza non ancora approvata', 'pending');
    const slug = await slugOf(org.id);

    // The tracked link of the event page leads to its public gallery.
    const { url } = await ok<{ url: string }>((await as(anna)).post(`/api/events/${e.id}/share-link`));
    const code = url.split('/l/')[1];
    const { rows } = await tp.platform.database.executeSql('select destination from links where code = $1', [code]);
    expect(String(rows[0].destination)).toBe(`${tp.platform.config.publicUrl}/gallery/${slug}/${e.id}`);

    const res = await tp.app.request(`/gallery/${slug}/${e.id}`, { headers: { 'accept-language': 'it' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Le linee di Parma viste da vicino');
    expect(html).toContain('<meta property="og:title" content="Visita a Parma · ');
    expect(html).toContain(
      `<meta property="og:image" content="${tp.platform.config.publicUrl}/gallery/${slug}/${e.id}/photos/${told.key}"`,
    );
    expect(html).not.toContain('<script');
    for (const secret of ['Bozza non ancora approvata', pending.key, anna.name, bruno.name, carla.name])
      expect(html).not.toContain(secret);

    const photo = await tp.app.request(`/gallery/${slug}/${e.id}/photos/${told.key}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(JPEG);
    expect((await tp.app.request(`/gallery/${slug}/${e.id}/photos/${pending.key}`)).status).toBe(404);
  });

  it('answers the same 404 for unknown ids, other organisations, drafts and events nobody has told', async () => {
    const { org, org_, anna } = await eventsOrg(tp);
    const told = await createEvent(org_);
    await story(org.id, told.id, anna, 'Una bella giornata', 'approved');
    const untold = await createEvent(org_);
    await story(org.id, untold.id, anna, 'In attesa', 'pending');
    const draft = await ok<EventViewT>(
      org_.post('/api/events', { ...(await import('./test-data')).eventInput(), status: 'draft' }),
    );
    await story(org.id, draft.id, anna, 'Bozza', 'approved');
    const slug = await slugOf(org.id);
    const other = await createOrg(tp);
    await createPerson(tp, other.id);
    const otherSlug = await slugOf(other.id);
    const notFound = await (await tp.app.request(`/gallery/${slug}/${crypto.randomUUID()}`)).text();
    for (const path of [
      `/gallery/${otherSlug}/${told.id}`,
      `/gallery/${slug}/${untold.id}`,
      `/gallery/${slug}/${draft.id}`,
      `/gallery/nobody-here/${told.id}`,
      `/gallery/${slug}/not-a-uuid`,
      `/gallery/${otherSlug}/${told.id}/photos/x.jpg`,
    ]) {
      const res = await tp.app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe(notFound);
    }
    expect((await tp.app.request(`/gallery/${slug}/${told.id}`)).status).toBe(200);
  });
});
