import { actorOf, type Ctx } from '../../platform/ctx';
import { forbidden } from '../../platform/errors';
import { storeNewsMedia } from '../news';
import { findSession } from './view';

/**
 * A leader of the session uploads (or records in the browser) an audio or video answer, stored with the news media
 * of the organisation: the answer then names its key, which `answer` checks belongs to the organisation.
 */
export async function uploadAnswerMedia({ ctx, input }: { ctx: Ctx; input: { id: string; file: unknown } }) {
  const actor = actorOf(ctx);
  const s = await findSession(ctx, input.id);
  if (!s.leaderIds.includes(actor.personId)) throw forbidden();
  return storeNewsMedia(ctx, input.file, { mediaOnly: true });
}
