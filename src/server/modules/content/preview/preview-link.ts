import { type Ctx, requirePermission } from '../../../platform/ctx';
import { AppError } from '../../../platform/errors';
import type { LinkPreviewT } from '../contract';
import { checkUrl } from '../validate-post';
import { parseOpenGraph } from './parse-og';
import { type FetchLimits, safeFetch } from './safe-fetch';

/** Title, description and image of a page, as networks would show it; the editor can always override them. */
export async function previewLink({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { url: string; limits?: FetchLimits };
}): Promise<LinkPreviewT> {
  requirePermission(ctx, 'content.write');
  const page = await safeFetch(checkUrl(input.url), input.limits);
  if (!/^(text\/html|application\/xhtml\+xml)/i.test(page.contentType)) throw new AppError('content.preview_unavailable', 422);
  const charset = /charset=([\w-]+)/i.exec(page.contentType)?.[1] ?? 'utf-8';
  let html: string;
  try {
    html = new TextDecoder(charset).decode(page.body);
  } catch {
    html = page.body.toString('utf8');
  }
  const preview = parseOpenGraph(html, page.url);
  if (!preview.title && !preview.description && !preview.imageUrl) throw new AppError('content.preview_unavailable', 422);
  return preview;
}
