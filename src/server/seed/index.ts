import crypto from 'node:crypto';
import { modules } from '../modules';
import { type Auth, createAuth } from '../modules/auth';
import { account, user } from '../modules/auth/schema';
import { postCaptions, posts, postTargets } from '../modules/content/schema';
import { clickDaily, clicks, links } from '../modules/links/schema';
import { organisations } from '../modules/organisations/schema';
import { people } from '../modules/people/schema';
import { sharerProfiles, shares } from '../modules/sharing/schema';
import type { Tx } from '../platform/db/client';
import type { DemoSeed } from '../platform/module';
import type { Platform } from '../platform/platform';
import { buildHistory, type PublishedPost } from './history';
import { demoPeople } from './names';
import { buildPeople, type SeedPerson } from './people';
import { seedPosts } from './posts';
import { createRandom } from './random';

export type DemoSummary = { orgName: string; password: string; logins: { role: string; email: string }[] };
export type SeedOptions = { force?: boolean; domain?: string; slug?: string; auth?: Auth };

export const DEMO_PASSWORD = 'voce-demo-2026';
const ORG_NAME = 'Pastificio Aurora S.p.A.';
const DISCLOSURE = '#dipendenteAurora';
const DAY = 86_400_000;

/** The languages a demo colleague reads posts in: their own; the export-minded sales and marketing teams read both. */
function contentLanguagesOf(p: SeedPerson): ('it' | 'en')[] {
  if (p.locale === 'en') return ['en'];
  return p.department === 'Commerciale' || p.department === 'Marketing e Comunicazione' ? ['it', 'en'] : ['it'];
}

async function insertChunked(tx: Tx, table: Parameters<Tx['insert']>[0], rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(table).values(rows.slice(i, i + 1000) as never);
}

/**
 * Accounts for the demo logins (real password) and for every other active colleague (a random password they reset).
 * Only rows are built here: they are inserted in the seed's one transaction, so a crash half-way leaves nothing behind.
 */
async function createAccounts(auth: Auth, all: SeedPerson[]) {
  const userRows: (typeof user.$inferInsert)[] = [];
  const accountRows: (typeof account.$inferInsert)[] = [];
  const ctx = await auth.$context;
  const demo = await ctx.password.hash(DEMO_PASSWORD);
  const unusable = await ctx.password.hash(crypto.randomBytes(24).toString('hex'));
  const ids = new Map<string, string>();
  for (const p of all) {
    if (!p.demo && p.status !== 'active' && p.status !== 'inactive') continue;
    const id = crypto.randomUUID();
    userRows.push({ id, name: p.name, email: p.email.toLowerCase(), emailVerified: true });
    accountRows.push({
      id: crypto.randomUUID(),
      accountId: id,
      providerId: 'credential',
      userId: id,
      password: p.demo ? demo : unusable,
    });
    ids.set(p.id, id);
  }
  return { ids, userRows, accountRows };
}

/** Seeds the demo company on first start (or when forced, for tests); returns null when an organisation already exists. */
export async function seedDemo(platform: Platform, opts: SeedOptions = {}): Promise<DemoSummary | null> {
  if (!opts.force && (await platform.db.select({ id: organisations.id }).from(organisations).limit(1)).length) return null;
  const rnd = createRandom();
  const domain = opts.domain ?? 'aurora.example';
  const now = new Date();
  const all = buildPeople(rnd, domain);
  const { ids, userRows, accountRows } = await createAccounts(opts.auth ?? createAuth(platform), all);
  const editor = all.find((p) => p.demo === 'editor')!;

  await platform.db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({
        name: ORG_NAME,
        slug: opts.slug ?? 'pastificio-aurora',
        settings: {
          disclosure: DISCLOSURE,
          blockedWords: ['gratis', 'garantito', 'concorrenza', 'sciopero'],
          approvalRequired: false,
          costPerClick: 0.8,
          cpm: 12,
        },
      })
      .returning();
    await insertChunked(tx, user, userRows);
    await insertChunked(tx, account, accountRows);
    await insertChunked(
      tx,
      people,
      all.map(({ demo: _demo, ...p }) => ({
        ...p,
        orgId: org.id,
        userId: ids.get(p.id) ?? null,
        contentLanguages: contentLanguagesOf(p),
      })),
    );

    const published: PublishedPost[] = [];
    for (const sp of seedPosts) {
      const id = crypto.randomUUID();
      const url = `https://www.pastificioaurora.example/${sp.slug}`;
      const at = new Date(now.getTime() - sp.daysAgo * DAY - rnd.int(0, 8) * 3_600_000);
      const status = sp.status ?? 'published';
      await tx.insert(posts).values({
        id,
        orgId: org.id,
        title: sp.title,
        body: sp.body,
        previewTitle: sp.title,
        previewDescription: sp.description,
        titleEn: sp.english.title,
        bodyEn: sp.english.body,
        previewTitleEn: sp.english.title,
        previewDescriptionEn: sp.english.description,
        url,
        topics: sp.topics,
        language: sp.language ?? 'all',
        targetAll: !sp.targets?.length,
        status,
        createdBy: editor.id,
        publishAt: status === 'scheduled' ? new Date(now.getTime() - sp.daysAgo * DAY) : null,
        publishedAt: status === 'published' || status === 'expired' ? at : null,
        expireAt: status === 'expired' ? new Date(at.getTime() + 20 * DAY) : null,
      });
      const captions = [
        ...sp.it.map((text, i) => ({
          id: crypto.randomUUID(),
          orgId: org.id,
          postId: id,
          locale: 'it' as const,
          network: 'any' as const,
          text,
          position: i,
        })),
        ...sp.en.map((text, i) => ({
          id: crypto.randomUUID(),
          orgId: org.id,
          postId: id,
          locale: 'en' as const,
          network: 'any' as const,
          text,
          position: i,
        })),
        ...(sp.linkedin
          ? [
              {
                id: crypto.randomUUID(),
                orgId: org.id,
                postId: id,
                locale: 'it' as const,
                network: 'linkedin' as const,
                text: sp.linkedin,
                position: 9,
              },
            ]
          : []),
      ];
      if (captions.length) await tx.insert(postCaptions).values(captions);
      if (sp.targets?.length) await tx.insert(postTargets).values(sp.targets.map((t) => ({ orgId: org.id, postId: id, ...t })));
      if (status === 'published' || status === 'expired') published.push({ ...sp, id, url, publishedAt: at, captions });
    }

    const h = buildHistory(rnd, org.id, all, published, DISCLOSURE, now);
    await insertChunked(tx, links, h.links);
    await insertChunked(tx, shares, h.shares);
    await insertChunked(tx, clicks, h.clicks);
    await insertChunked(tx, clickDaily, h.clickDaily);
    await insertChunked(tx, sharerProfiles, h.sharerProfiles);

    // Each module adds its own demo data (programme, events, surveys…), in module order, in the same transaction:
    // a crash half-way leaves no half-seeded organisation behind.
    const demo: DemoSeed = {
      orgId: org.id,
      db: tx,
      now,
      random: rnd,
      people: all.map(({ demo: login, ...p }) => ({ ...p, login })),
    };
    for (const m of modules) await m.seed?.(platform, demo);
  });

  return {
    orgName: ORG_NAME,
    password: DEMO_PASSWORD,
    logins: Object.values(demoPeople).map((d) => ({ role: d.role, email: d.email.replace('aurora.example', domain) })),
  };
}
