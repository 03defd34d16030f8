import { sql } from 'drizzle-orm';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreparedLink, prepareLinks, withDataDir } from '../support/link-data';
import { startVoce, type Voce } from '../support/voce-process';

// A real 2×2 PNG, uploaded through the content module's own upload operation.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4zwAE/yHo/38AIuwF+9zBOzgAAAAASUVORK5CYII=',
  'base64',
);
const CRAWLERS = {
  linkedin: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  whatsapp: 'WhatsApp/2.23.20.0 A',
};
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** The Open Graph properties of a page, as a crawler's HTML parser reads them (entities decoded). */
function openGraph(html: string): Record<string, string> {
  const og: Record<string, string> = {};
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && attrs.property && attrs.content !== undefined) og[attrs.property] = attrs.content;
    },
  });
  parser.write(html);
  parser.end();
  return og;
}

let voce: Voce | undefined;
let link: PreparedLink;
let dataDir: string;

beforeAll(async () => {
  const prepared = await prepareLinks(1, { image: { bytes: PNG, type: 'image/png' } });
  dataDir = prepared.dataDir;
  link = prepared.links[0];
  voce = await startVoce({ dataDir, seed: false });
}, 180_000);
afterAll(async () => voce?.stop());

describe('the card a link-preview crawler builds for a tracked link', () => {
  for (const [network, ua] of Object.entries(CRAWLERS))
    it(`shows the post's uploaded image on ${network}: the og:image URL answers the picture itself`, async () => {
      const page = await fetch(`${voce!.url}${link.path}`, { redirect: 'manual', headers: { 'user-agent': ua } });
      expect(page.status).toBe(200);
      const og = openGraph(await page.text());
      expect(og['og:title']).toBe('Post 0');
      expect(og['twitter:card']).toBe('summary_large_image');
      const imageUrl = og['og:image'];
      expect(imageUrl?.startsWith(`${voce!.url}/l/`)).toBe(true);

      const image = await fetch(imageUrl, { redirect: 'manual', headers: { 'user-agent': ua } });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    });

  it('counts neither the card nor the image as clicks, while a person’s visit counts once', async () => {
    const human = await fetch(`${voce!.url}${link.path}`, { redirect: 'manual', headers: { 'user-agent': FIREFOX } });
    expect(human.status).toBe(302);
    await voce!.stop();
    voce = undefined;
    const counted = await withDataDir(dataDir, async ({ db }) => {
      const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from clicks`);
      return r.rows[0].n;
    });
    expect(counted).toBe(1);
  });
});
