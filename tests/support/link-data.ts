import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boot } from '../../src/server/boot';
import { uploadPostImage } from '../../src/server/modules/content/images/post-images';
import { posts } from '../../src/server/modules/content/schema';
import { ensureLink } from '../../src/server/modules/links';
import { organisations } from '../../src/server/modules/organisations/schema';
import { people } from '../../src/server/modules/people/schema';
import { loadConfig } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import type { Platform } from '../../src/server/platform/platform';

/**
 * Opens an embedded data folder in this process (no Voce may be running on it), runs fn, closes it. `env` adds settings
 * (benchmarks: DATABASE_URL and SECRET to work on a PostgreSQL database instead).
 */
export async function withDataDir<T>(
  dataDir: string,
  fn: (platform: Platform) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'never', ...env });
  const { platform, shutdown } = await boot(config, { work: false });
  try {
    return await fn(platform);
  } finally {
    await shutdown();
  }
}

export type PreparedLink = { path: string; destination: string; postId: string; orgId: string };

/**
 * A fresh data folder holding one organisation, one sharer and `count` tracked links (one post each). With `image`,
 * each post gets that picture uploaded the way an editor does (the content module's own upload operation).
 */
export async function prepareLinks(
  count = 1,
  opts: { image?: { bytes: Uint8Array<ArrayBuffer>; type: string }; env?: Record<string, string> } = {},
): Promise<{ dataDir: string; links: PreparedLink[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-links-'));
  const links = await withDataDir(
    dataDir,
    async (platform) => {
      const db = platform.db;
      const [org] = await db
        .insert(organisations)
        .values({ name: 'Links', slug: `links-${Date.now()}` })
        .returning();
      const [person] = await db
        .insert(people)
        .values({ orgId: org.id, email: 'p@example.test', name: 'P', status: 'active' })
        .returning();
      const ctx = systemCtx(platform, org.id);
      const out: PreparedLink[] = [];
      for (let i = 0; i < count; i++) {
        const url = `https://www.example.com/news/${i}`;
        const file = opts.image ? new File([opts.image.bytes], 'photo', { type: opts.image.type }) : null;
        const imageKey = file ? (await uploadPostImage({ ctx, input: { file } })).key : null;
        const [post] = await db
          .insert(posts)
          .values({ orgId: org.id, title: `Post ${i}`, url, status: 'published', imageKey })
          .returning();
        const link = await ensureLink({
          ctx,
          input: { postId: post.id, personId: person.id, network: 'linkedin', destination: url, department: null, site: null },
        });
        out.push({ path: `/l/${link.code}`, destination: url, postId: post.id, orgId: org.id });
      }
      return out;
    },
    opts.env,
  );
  return { dataDir, links };
}
