import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { links } from '../links/schema';
import { type OrganisationSettings, organisations } from '../organisations/schema';
import type { ShareResultT } from './contract';
import { shares } from './schema';
import { insertPost } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const SUGGESTION = 'Siamo orgogliosi del nuovo stabilimento di Brescia: energia solare e zero sprechi.';

async function setup(settings: OrganisationSettings = {}) {
  const org = await createOrg(tp);
  await tp.platform.db.update(organisations).set({ settings }).where(eq(organisations.id, org.id));
  const me = await createPerson(tp, org.id, { department: 'Sales', site: 'Brescia' });
  const { post, captions } = await insertPost(tp, org.id, {
    title: 'Nuovo stabilimento',
    url: 'https://example.com/brescia',
    captions: [
      { locale: 'it', text: SUGGESTION },
      { locale: 'en', text: 'We are proud of the new plant in Brescia.' },
    ],
  });
  return { org, me, post, captions, api: await signIn(tp, me.email) };
}

const shareRow = async (id: string) => (await tp.platform.db.select().from(shares).where(eq(shares.id, id)))[0];

describe('sharing a post', () => {
  it('records the final text, network, caption and tracked link, and answers the share intent', async () => {
    const { post, captions, api, me } = await setup();
    const text = `${SUGGESTION} Ci ho lavorato per due anni con una squadra fantastica, venite a vederlo!`;
    const res = await api.post('/api/shares', { postId: post.id, network: 'linkedin', text, captionId: captions[0].id });
    expect(res.status).toBe(200);
    const out: ShareResultT = await res.json();
    expect(out.link).toMatch(/^http:\/\/localhost:3000\/l\/\w{9}$/);
    expect(out.intentUrl).toBe(
      `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(`${text}\n\n${out.link}`)}`,
    );
    const row = await shareRow(out.shareId);
    expect(row).toMatchObject({
      text,
      network: 'linkedin',
      captionId: captions[0].id,
      personId: me.id,
      department: 'Sales',
      site: 'Brescia',
    });
    const [link] = await tp.platform.db.select().from(links).where(eq(links.id, row.linkId));
    expect(out.link.endsWith(link.code)).toBe(true);
    expect(link.destination).toBe('https://example.com/brescia');
  });

  it('reuses my link for the same post and network; another person gets another link', async () => {
    const { org, post, api } = await setup();
    const a = await (await api.post('/api/shares', { postId: post.id, network: 'x', text: 'Primo' })).json();
    const b = await (await api.post('/api/shares', { postId: post.id, network: 'x', text: 'Secondo' })).json();
    const c = await (await api.post('/api/shares', { postId: post.id, network: 'whatsapp', text: 'Terzo' })).json();
    expect(b.link).toBe(a.link);
    expect(c.link).not.toBe(a.link);
    const colleague = await createPerson(tp, org.id);
    const d = await (
      await (await signIn(tp, colleague.email)).post('/api/shares', { postId: post.id, network: 'x', text: 'Mio' })
    ).json();
    expect(d.link).not.toBe(a.link);
  });

  it('refuses a text without the organisation disclosure', async () => {
    const { post, api } = await setup({ disclosure: '#Dipendente' });
    const res = await api.post(
      '/api/shares',
      { postId: post.id, network: 'linkedin', text: 'Bello!' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('sharing.disclosure_missing');
    expect(body.error.message).toContain('#Dipendente');
    expect((await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Bello!\n\n#dipendente' })).status).toBe(
      200,
    );
  });

  it('refuses blocked words as whole words, whatever the case and accents', async () => {
    const { post, api } = await setup({ blockedWords: ['concorrènte', 'gratis'] });
    const res = await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Meglio del CONCORRENTE, e GRATIS' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('sharing.blocked_words');
    expect(body.error.message).toContain('concorrènte, gratis');
    expect(body.error.details).toEqual({ words: ['concorrènte', 'gratis'] });
    expect(
      (await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'I concorrenti? Gratissimo.' })).status,
    ).toBe(200);
  });

  it('counts the link as 23 characters against the X limit of 280', async () => {
    const { post, api } = await setup();
    expect((await api.post('/api/shares', { postId: post.id, network: 'x', text: 'a'.repeat(256) })).status).toBe(200);
    const res = await api.post('/api/shares', { postId: post.id, network: 'x', text: 'a'.repeat(257) });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('sharing.too_long');
    expect((await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: '   ' })).status).toBe(422);
  });

  it('measures personalisation: a copied suggestion is not personal, a rewrite is', async () => {
    const { post, api } = await setup({ disclosure: '#dipendente' });
    const copied = await (
      await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: `${SUGGESTION.toUpperCase()}\n\n#dipendente` })
    ).json();
    expect(copied.personalised).toBe(false);
    expect((await shareRow(copied.shareId)).distanceFromSuggestions).toBe(0);
    const own = 'Ho visitato il cantiere di Brescia la settimana scorsa: pannelli ovunque, un bel lavoro di squadra. #dipendente';
    const rewritten = await (await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: own })).json();
    expect(rewritten.personalised).toBe(true);
    expect((await shareRow(rewritten.shareId)).distanceFromSuggestions).toBeGreaterThanOrEqual(0.3);
  });

  it('gives Facebook the link only and the text for the clipboard; copy link has no intent', async () => {
    const { post, api } = await setup();
    const fb: ShareResultT = await (
      await api.post('/api/shares', { postId: post.id, network: 'facebook', text: 'Testo mio' })
    ).json();
    expect(fb.intentUrl).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(fb.link)}`);
    expect(fb.clipboardText).toBe('Testo mio');
    const copy: ShareResultT = await (
      await api.post('/api/shares', { postId: post.id, network: 'copy', text: 'Testo mio' })
    ).json();
    expect(copy).toMatchObject({ intentUrl: null, copyOnly: true, clipboardText: `Testo mio\n\n${copy.link}` });
  });

  it('is not found for a post not aimed at me or of another organisation, and records nothing', async () => {
    const { org, api, me } = await setup();
    const { post: ops } = await insertPost(tp, org.id, { targets: [{ kind: 'department', value: 'Ops' }] });
    const other = await createOrg(tp);
    const { post: foreign } = await insertPost(tp, other.id);
    expect((await api.post('/api/shares', { postId: ops.id, network: 'x', text: 'Ciao' })).status).toBe(404);
    expect((await api.post('/api/shares', { postId: foreign.id, network: 'x', text: 'Ciao' })).status).toBe(404);
    expect(await tp.platform.db.select().from(shares).where(eq(shares.personId, me.id))).toEqual([]);
  });

  it('refuses a suggestion of another post', async () => {
    const { org, post, api } = await setup();
    const { captions } = await insertPost(tp, org.id, { captions: [{ locale: 'it', text: 'Altro' }] });
    const res = await api.post('/api/shares', { postId: post.id, network: 'x', text: 'Ciao', captionId: captions[0].id });
    expect(res.status).toBe(422);
  });
});
