import crypto from 'node:crypto';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

type Kind = { ext: string; type: string; media: boolean };

/** The file type from its first bytes, never from its name or declared type; anything else (HTML, SVG…) is refused. */
export function sniffMedia(b: Uint8Array): Kind | null {
  const at = (sig: number[], from = 0) => sig.every((v, i) => b[from + i] === v);
  const ascii = (s: string, from = 0) =>
    at(
      [...s].map((c) => c.charCodeAt(0)),
      from,
    );
  if (at([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: 'png', type: 'image/png', media: false };
  if (at([0xff, 0xd8, 0xff])) return { ext: 'jpg', type: 'image/jpeg', media: false };
  if (ascii('RIFF') && ascii('WEBP', 8)) return { ext: 'webp', type: 'image/webp', media: false };
  // WebM/Matroska (what browsers record with MediaRecorder): EBML header.
  if (at([0x1a, 0x45, 0xdf, 0xa3])) return { ext: 'webm', type: 'video/webm', media: true };
  // MP4 / M4A: "ftyp" box at offset 4.
  if (ascii('ftyp', 4))
    return ascii('M4A ', 8) ? { ext: 'm4a', type: 'audio/mp4', media: true } : { ext: 'mp4', type: 'video/mp4', media: true };
  if (ascii('OggS')) return { ext: 'ogg', type: 'audio/ogg', media: true };
  if (ascii('ID3') || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)) return { ext: 'mp3', type: 'audio/mpeg', media: true };
  return null;
}

const key = (orgId: string, name: string) => `orgs/${orgId}/news/${name}`;

/** Stores an image (5 MB) or a video/audio message (50 MB), checked by content; answers the key and its URL. */
export async function uploadNewsMedia({ ctx, input }: { ctx: Ctx; input: { file: unknown } }) {
  requirePermission(ctx, 'news.write');
  return storeNewsMedia(ctx, input.file);
}

/**
 * The upload itself, for a module that checked the caller's right its own way (a Q&A leader answering by voice need
 * not write news). `mediaOnly`: a video or audio message, no image.
 */
export async function storeNewsMedia(ctx: Ctx, file: unknown, opts: { mediaOnly?: boolean } = {}) {
  if (!(file instanceof File)) throw new AppError('news.file_missing', 400);
  if (file.size > MAX_MEDIA_BYTES) throw new AppError('news.file_too_large', 413, { max: 50 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffMedia(bytes);
  if (!kind || (opts.mediaOnly && !kind.media)) throw new AppError('news.file_type', 422);
  if (!kind.media && bytes.length > MAX_IMAGE_BYTES) throw new AppError('news.file_too_large', 413, { max: 5 });
  const name = `${crypto.randomUUID()}.${kind.ext}`;
  await ctx.platform.storage.put(key(ctx.orgId, name), bytes, kind.type);
  return { key: name, url: mediaUrl(name), kind: kind.media ? ('media' as const) : ('image' as const), contentType: kind.type };
}

export const mediaUrl = (name: string) => `/api/news/media/${name}`;
export const isMedia = (name: string) => /\.(webm|mp4|m4a|ogg|mp3)$/.test(name);

/** A file of the caller's organisation: a key of another organisation is simply not found. */
export async function getNewsMedia({ ctx, input }: { ctx: Ctx; input: { key: string } }) {
  const found = await ctx.platform.storage.get(key(ctx.orgId, input.key));
  if (!found) throw notFound('file');
  return found;
}

/** The key was stored for this organisation (an editor cannot attach a file of another organisation or a made-up one). */
export async function assertOwnMedia(ctx: Ctx, name: string | null | undefined): Promise<void> {
  if (!name) return;
  if (!(await ctx.platform.storage.get(key(ctx.orgId, name)))) throw new AppError('news.file_missing', 422);
}
