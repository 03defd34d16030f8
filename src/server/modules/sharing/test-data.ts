// Test-only writers for content rows (the real writer is the content module's editor flow).

import type { TestPlatform } from '../../testing/test-platform';
import { postCaptions, posts, postTargets } from '../content/schema';
import { clickDaily } from '../links/schema';

type PostOpts = {
  /** The Italian title (a post by default has only an Italian version). */
  title?: string;
  /** An English version with this title. */
  titleEn?: string;
  url?: string;
  language?: 'all' | 'it' | 'en';
  status?: 'draft' | 'published';
  publishedAt?: Date;
  targets?: { kind: 'department' | 'site' | 'person'; value: string }[];
  captions?: { locale: 'it' | 'en'; network?: string; text: string }[];
};

let seq = 0;

/** A published post (by default for everyone, in every language), with optional targets and captions. */
export async function insertPost(tp: TestPlatform, orgId: string, opts: PostOpts = {}) {
  seq++;
  const [post] = await tp.platform.db
    .insert(posts)
    .values({
      orgId,
      title: opts.title ?? `Post ${seq}`,
      body: 'Body text',
      titleEn: opts.titleEn ?? null,
      bodyEn: opts.titleEn ? 'English body' : '',
      url: opts.url ?? 'https://www.example.com/news/1',
      language: opts.language ?? 'all',
      status: opts.status ?? 'published',
      publishedAt: opts.publishedAt ?? new Date(Date.now() - 1000 * (1000 - seq)),
      targetAll: !opts.targets,
    })
    .returning();
  if (opts.targets) await tp.platform.db.insert(postTargets).values(opts.targets.map((t) => ({ ...t, orgId, postId: post.id })));
  const captions = opts.captions?.length
    ? await tp.platform.db
        .insert(postCaptions)
        .values(
          opts.captions.map((c, i) => ({
            orgId,
            postId: post.id,
            locale: c.locale,
            network: (c.network ?? 'any') as 'any',
            text: c.text,
            position: i,
          })),
        )
        .returning()
    : [];
  return { post, captions };
}

/** Clicks counted for a link on a day, as the click rollup would write them. */
export async function insertClicks(
  tp: TestPlatform,
  row: { orgId: string; linkId: string; postId: string; personId: string; network: string; clicks: number; day?: string },
) {
  await tp.platform.db.insert(clickDaily).values({ ...row, day: row.day ?? '2026-01-15' });
}
