import { AppError } from '../../platform/errors';
import type { PostPatchT } from './contract';
import { textColumns } from './post-texts';
import type { posts } from './schema';
import { checkImageUrl, checkUrl, toDate } from './validate-post';

export const IMAGE_KEY = /^[0-9a-f-]{36}\.(png|jpg|webp)$/;

/** Column values for the fields present in the input, validated (texts, url scheme, image key, preview image). */
export function columnsOf(input: PostPatchT): Partial<typeof posts.$inferInsert> {
  const out: Partial<typeof posts.$inferInsert> = {};
  if (input.texts !== undefined) Object.assign(out, textColumns(input.texts));
  if (input.url !== undefined) out.url = checkUrl(input.url);
  if (input.imageKey !== undefined) {
    if (input.imageKey !== null && !IMAGE_KEY.test(input.imageKey)) throw new AppError('content.invalid_image', 400);
    out.imageKey = input.imageKey;
  }
  if (input.previewImageUrl !== undefined) out.previewImageUrl = checkImageUrl(input.previewImageUrl);
  if (input.topics !== undefined) out.topics = [...new Set(input.topics)];
  if (input.language !== undefined) out.language = input.language;
  if (input.targeting !== undefined) out.targetAll = input.targeting.all;
  if (input.publishAt !== undefined) out.publishAt = toDate(input.publishAt);
  if (input.expireAt !== undefined) out.expireAt = toDate(input.expireAt);
  return out;
}
