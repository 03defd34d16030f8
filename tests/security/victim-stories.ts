// The victim organisation's stories: a row in every stories table, each carrying the marker where it has text.
import crypto from 'node:crypto';
import { stories, storyModeration, storyPhotos, storySettings, storyTags } from '../../src/server/modules/stories/schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

export async function populateVictimStories(
  tp: TestPlatform,
  v: { orgId: string; marker: string; manager: { id: string }; employee: { id: string }; admin: { id: string } },
) {
  const db = tp.platform.db;
  const { orgId, marker } = v;
  await db.insert(storySettings).values({ orgId, submitters: 'everyone' });
  const rows = await db
    .insert(stories)
    .values([
      {
        orgId,
        authorId: v.employee.id,
        locale: 'it',
        body: `Story ${marker}`,
        link: `https://example.com/${marker}`,
        consentAt: new Date(),
        status: 'approved',
        decidedAt: new Date(),
      },
      {
        orgId,
        authorId: v.employee.id,
        locale: 'en',
        body: `Pending ${marker}`,
        consentAt: new Date(),
        status: 'pending',
        moderatorNote: marker,
      },
    ])
    .returning({ id: stories.id });
  const key = `${crypto.randomUUID()}.jpg`;
  await tp.platform.storage.put(`orgs/${orgId}/stories/${key}`, new TextEncoder().encode(marker), 'image/jpeg');
  for (const s of rows) {
    await db.insert(storyPhotos).values({
      orgId,
      storyId: s.id,
      uploaderId: v.employee.id,
      key: s === rows[0] ? key : `${crypto.randomUUID()}.jpg`,
      width: 10,
      height: 10,
      bytes: 10,
    });
    await db.insert(storyTags).values({ orgId, storyId: s.id, personId: v.manager.id });
    await db.insert(storyModeration).values({ orgId, storyId: s.id, actorId: v.admin.id, action: 'submitted', note: marker });
  }
}
