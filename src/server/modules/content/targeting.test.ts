import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { adminOfNewOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { postBody, titled } from './test-data';
import { listVisiblePosts } from './visible-posts';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Person = Awaited<ReturnType<typeof createPerson>>;

describe('who sees a published post', () => {
  it('follows departments, sites, named people, language and "everyone"', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const sales = await createPerson(tp, org.id, { department: 'Sales', site: 'Roma' });
    const ops = await createPerson(tp, org.id, { department: 'Ops', site: 'Milano' });
    const named = await createPerson(tp, org.id, { department: 'Legal', site: 'Torino' });
    const english = await createPerson(tp, org.id, { department: 'Sales', site: 'Roma', locale: 'en' });

    const publish = async (over: Record<string, unknown>) => {
      const post = await (await api.post('/api/posts', postBody(over))).json();
      await api.post(`/api/posts/${post.id}/submit`);
      return post.id as string;
    };
    const toSales = await publish({ ...titled('sales'), targeting: { all: false, departments: ['Sales'] } });
    const toMilano = await publish({ ...titled('milano'), targeting: { all: false, sites: ['Milano'] } });
    const toNamed = await publish({ ...titled('named'), targeting: { all: false, personIds: [named.id] } });
    const inEnglish = await publish({ ...titled('english'), language: 'en' });
    const toAll = await publish({ ...titled('all') });

    const seen = async (p: Person) =>
      (
        await listVisiblePosts({
          ctx: systemCtx(tp.platform, org.id),
          input: { personId: p.id, department: p.department, site: p.site, languages: p.contentLanguages, limit: 50 },
        })
      )
        .map((r) => r.id)
        .sort();
    expect(await seen(sales)).toEqual([toSales, toAll].sort());
    expect(await seen(ops)).toEqual([toMilano, toAll].sort());
    expect(await seen(named)).toEqual([toNamed, toAll].sort());
    expect(await seen(english)).toEqual([toSales, inEnglish, toAll].sort());
  });

  it('shows nothing that is still a draft or in another organisation', async () => {
    const a = await adminOfNewOrg(tp);
    const b = await adminOfNewOrg(tp);
    await a.api.post('/api/posts', postBody());
    const published = await (await b.api.post('/api/posts', postBody())).json();
    await b.api.post(`/api/posts/${published.id}/submit`);
    const p = await createPerson(tp, a.org.id);
    const rows = await listVisiblePosts({
      ctx: systemCtx(tp.platform, a.org.id),
      input: { personId: p.id, department: null, site: null, languages: ['it'], limit: 50 },
    });
    expect(rows).toEqual([]);
  });
});
