import { postCaptions, posts } from '../../src/server/modules/content/schema';
import { events } from '../../src/server/modules/events/schema';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg, createPerson } from '../../src/server/testing/fixtures';
import type { JsonSchema } from '../../src/server/testing/sample-from-schema';
import type { TestPlatform } from '../../src/server/testing/test-platform';

/**
 * An organisation whose admin (holding every role) has a real row for every id a route takes, so that a request
 * which is valid apart from one hostile field goes all the way to the database instead of stopping at a 404.
 */
export async function probeOrganisation(tp: TestPlatform) {
  const { org, admin, api } = await adminOfNewOrg(tp, [...roles]);
  const orgId = org.id;
  const db = tp.platform.db;
  const target = await createPerson(tp, orgId, { name: 'Target Person', login: false });
  const manager = await createPerson(tp, orgId, { name: 'Manager Person', roles: ['manager'] });
  const post = (status: (typeof posts.$inferInsert)['status'], extra: Partial<typeof posts.$inferInsert> = {}) =>
    db
      .insert(posts)
      .values({ orgId, title: `Probe ${status}`, url: 'https://example.com/p', status, targetAll: true, ...extra })
      .returning()
      .then(([p]) => p);
  const published = await post('published', { publishedAt: new Date() });
  const draft = await post('draft');
  const inReview = await post('in_review');
  const [caption] = await db.insert(postCaptions).values({ orgId, postId: published.id, locale: 'it', text: 'Ciao' }).returning();
  const preview = await api.post('/api/people/imports', { csv: 'name,email\nImported Probe,imported-probe@example.test\n' });
  const importId = ((await preview.json()) as { id: string }).id;
  const [event] = await db
    .insert(events)
    .values({
      orgId,
      type: 'open_day',
      titleIt: 'Probe',
      titleEn: 'Probe',
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      capacity: 10,
      status: 'published',
    })
    .returning();

  /**
   * The id a route acts on, where the request has other fields to probe: each kind of path gets a row of its own kind,
   * body ids name a person or a post. (A route whose only field is its id gets hostile ids only: any id will do.)
   */
  const pickId = (path: string, name?: string): string => {
    if (path.startsWith('/api/people/imports/')) return importId;
    if (path.startsWith('/api/events/{id}')) return event.id;
    if (path.endsWith('/send-back')) return inReview.id;
    if (path.startsWith('/api/posts/{id}')) return draft.id;
    if (name === 'postId') return published.id;
    if (name === 'captionId') return caption.id;
    if (name === 'managerId' || name === 'actorId') return manager.id;
    return target.id;
  };
  return { org, admin, api, pickId, override: validValue };
}

let unique = 0;

/** Values that keep the rest of a request valid, so that the hostile field is what the server has to deal with. */
function validValue(name: string, schema: JsonSchema): unknown {
  if (name === 'imageKey' || name === 'mediaKey') return null; // an upload of our own would be needed
  if (name === 'photos') return []; // job card photos: uploads of our own would be needed
  if (schema.type !== 'string' && !(Array.isArray(schema.type) && schema.type.includes('string'))) return undefined;
  if (name === 'email') return `probe-${++unique}@example.test`; // people are unique by e-mail
  if (['url', 'previewImageUrl', 'publicUrl', 'elearningUrl', 'onlineUrl'].includes(name)) return 'https://example.com/probe';
  if (name === 'publishAt') return '2030-01-01T09:00:00Z';
  if (name === 'expireAt') return '2031-01-01T09:00:00Z';
  if (name === 'csv') return `name,email\nProbe ${++unique},probe-${unique}@example.test\n`;
  if (name === 'text') return 'Ciao a tutti';
  if (name === 'password') return 'correct-horse-battery-staple';
  return undefined;
}
