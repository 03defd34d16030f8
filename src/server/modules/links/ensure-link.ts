import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { links } from './schema';

const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 9 characters from a 57-letter alphabet (~52 bits): unguessable enough that codes cannot be enumerated. */
export function newCode(): string {
  const bytes = crypto.randomBytes(9);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export type EnsureLinkInput = {
  postId: string;
  personId: string;
  network: string;
  destination: string;
  department: string | null;
  site: string | null;
  /** The post's campaign slug (utm_campaign of this link, fixed at its creation). */
  utmCampaign?: string | null;
};

/** The sharer's tracked link for a post and network, created once and reused (unique per post, person, network). */
export async function ensureLink({ ctx, input }: { ctx: Ctx; input: EnsureLinkInput }) {
  const where = ofOrg(
    ctx,
    links,
    and(eq(links.postId, input.postId), eq(links.personId, input.personId), eq(links.network, input.network)),
  );
  const [existing] = await ctx.db.select().from(links).where(where);
  if (existing) return { ...existing, url: `${ctx.platform.config.publicUrl}/l/${existing.code}` };
  await ctx.db
    .insert(links)
    .values({ ...input, orgId: ctx.orgId, code: newCode() })
    .onConflictDoNothing({ target: [links.postId, links.personId, links.network] });
  const [link] = await ctx.db.select().from(links).where(where);
  return { ...link, url: `${ctx.platform.config.publicUrl}/l/${link.code}` };
}
