import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boot } from '../../src/server/boot';
import { posts } from '../../src/server/modules/content/schema';
import { ensureLink } from '../../src/server/modules/links';
import { organisations } from '../../src/server/modules/organisations/schema';
import { people } from '../../src/server/modules/people/schema';
import { loadConfig } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import type { Platform } from '../../src/server/platform/platform';

/** Opens an embedded data folder in this process (no Voce may be running on it), runs fn, closes it. */
export async function withDataDir<T>(dataDir: string, fn: (platform: Platform) => Promise<T>): Promise<T> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'never' });
  const { platform, shutdown } = await boot(config, { work: false });
  try {
    return await fn(platform);
  } finally {
    await shutdown();
  }
}

/** A fresh data folder holding one organisation, one sharer and `count` tracked links (one post each). */
export async function prepareLinks(count = 1): Promise<{ dataDir: string; links: { path: string; destination: string }[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-links-'));
  const links = await withDataDir(dataDir, async (platform) => {
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
    const out: { path: string; destination: string }[] = [];
    for (let i = 0; i < count; i++) {
      const url = `https://www.example.com/news/${i}`;
      const [post] = await db
        .insert(posts)
        .values({ orgId: org.id, title: `Post ${i}`, url, status: 'published' })
        .returning();
      const link = await ensureLink({
        ctx,
        input: { postId: post.id, personId: person.id, network: 'linkedin', destination: url, department: null, site: null },
      });
      out.push({ path: `/l/${link.code}`, destination: url });
    }
    return out;
  });
  return { dataDir, links };
}
