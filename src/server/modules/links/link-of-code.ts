import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { CODE_RE } from './resolve-link';
import { links } from './schema';

/**
 * A tracked link by its code, with its sharer: how a first-party page (a job on the careers page) attributes a visit
 * carried through `?ref=<code>`. The caller checks the link belongs to the organisation and post it expects.
 */
export async function linkOfCode(db: DbOrTx, code: string) {
  if (!CODE_RE.test(code)) return null;
  const [row] = await db
    .select({ id: links.id, orgId: links.orgId, postId: links.postId, personId: links.personId })
    .from(links)
    .where(eq(links.code, code));
  return row ?? null;
}

const origins = new Map<string, string>();

/**
 * Where a human is sent: the link's target, plus `ref=<code>` when the destination is one of Voce's own pages (never
 * a third party's site, which must not learn our codes), so the page can credit the sharer. On the redirect's hot
 * path: a third-party target (nearly all of them) costs a string comparison, not a URL parse.
 */
export function withOwnRef(target: string, code: string, publicUrl: string): string {
  let origin = origins.get(publicUrl);
  if (origin === undefined) {
    origin = new URL(publicUrl).origin;
    origins.set(publicUrl, origin);
  }
  if (!target.startsWith(`${origin}/`) && target !== origin) return target;
  const url = new URL(target);
  if (url.origin !== origin) return target;
  url.searchParams.set('ref', code);
  return url.toString();
}
