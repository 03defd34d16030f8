import type { Ctx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { findContacts } from '../people';

export type After = (platform: Platform) => Promise<void>;
type Decision = 'story_approved' | 'story_changes_requested' | 'story_declined';

const pageUrl = (ctx: Ctx, path: string) => `${ctx.platform.config.publicUrl}${path}`;

/** E-mails the colleagues newly named in a story (in the caller's transaction); the step returned sends after commit. */
export async function notifyTagged(ctx: Ctx, storyId: string, author: string, personIds: string[]): Promise<After> {
  const contacts = [...(await findContacts(ctx, personIds)).values()].filter((c) => c.status === 'active');
  const queued = await queueMails(
    ctx.platform,
    ctx.db,
    contacts.map((c) => ({
      orgId: ctx.orgId,
      to: c.email,
      template: 'story_tagged' as const,
      locale: c.locale,
      vars: { name: c.name, author, url: pageUrl(ctx, `/stories/tagged?story=${storyId}`) },
    })),
  );
  return (platform) => queued.enqueue(platform);
}

/** Tells the author what comms decided, with the comment or reason they wrote. */
export async function notifyAuthor(ctx: Ctx, authorId: string, template: Decision, note: string | null): Promise<After> {
  const author = (await findContacts(ctx, [authorId])).get(authorId);
  if (!author) return async () => {};
  const queued = await queueMails(ctx.platform, ctx.db, [
    {
      orgId: ctx.orgId,
      to: author.email,
      template,
      locale: author.locale,
      vars: { name: author.name, note: note ?? '', url: pageUrl(ctx, '/stories') },
    },
  ]);
  return (platform) => queued.enqueue(platform);
}
